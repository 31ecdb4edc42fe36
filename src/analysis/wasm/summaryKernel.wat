;; The two hot loops of the Monte Carlo summary, in WebAssembly with 128-bit SIMD.
;; Built into summaryKernelBinary.ts by `npm run wasm` (scripts/build-wasm.ts); a test fails
;; when that file is stale. The TypeScript side is ../ensembleKernel.ts.
;;
;; A batch holds `len` draws draw-major: draw d's columns at batch + 8·(d·stride + c), with
;; `stride` at least the column count rounded up to even. Columns are taken two at a time, one
;; per f64x2 lane, so each lane walks its own column in draw order: every lane operation is the
;; scalar operation of the JavaScript reference (quantileSketch.ts: keyOf, binOfKey, slotOf),
;; bit for bit.
;;
;;   key(x)  = x on a linear column; on a log column the high 32 bits of x's IEEE-754 pattern
;;             (as an unsigned integer) when x > 0, else −1
;;   t       = (key − base)·inv + 1
;;   bin     = trunc(max(min(t, B + 1), 0)), NaN → 0      (JS: Math.max(0, Math.min(B+1, t)) | 0)
;;   slot    = ATOM_A if x = atomA, else ATOM_B if x = atomB, else bin  (a NaN atom never matches)
;; pmin(a, b) = b < a ? b : a and pmax(a, b) = a < b ? b : a propagate a NaN `t` as JS does,
;; and as running extremes they keep the first of equal values, like `if (x < mn) mn = x`.
;;
;; Per-column tables (`grid`, each `stride` entries of 8 bytes, column c at 8c):
;;   +0 base  +1 inv  +2 atomA  +3 atomB  +4 logMask (all ones on a log column)  +5 lo  +6 hi
;; (the number is the table's index: table k starts at grid + 8·k·stride).
;; Counters: u16, COLUMN_STRIDE = B + 4 slots per column, column c at counts + 2·c·COLUMN_STRIDE.
(module
  (import "env" "memory" (memory 1))

  ;; Layout constants, passed in by ensembleKernel.ts from quantileSketch.ts (one source):
  ;; OVER_BIN = B + 1, ATOM_A_SLOT = B + 2, ATOM_B_SLOT = B + 3 for B = SKETCH_BINS bins.
  (import "env" "overBin" (global $overBin f64))
  (import "env" "atomASlot" (global $atomASlot f64))
  (import "env" "atomBSlot" (global $atomBSlot f64))
  (import "env" "overBinSlot" (global $overBinSlot i32))
  ;; bytes of one column's counters: 2·COLUMN_STRIDE
  (import "env" "counterBytes" (global $counterBytes i32))
  ;; 32-bit words of one column's target bitmap (TARGET_WORDS_PER_COLUMN)
  (import "env" "bitmapWords" (global $bitmapWords i32))
  ;; targeted bins per column (TARGETS_PER_COLUMN)
  (import "env" "targetsPerColumn" (global $targetsPerColumn i32))

  ;; 1 when bin `slot` of column `col` is targeted (its bit is set in the bitmap); atom slots
  ;; (above OVER_BIN) never are.
  (func $targeted (param $slot i32) (param $col i32) (param $bitmap i32) (result i32)
    (if (i32.gt_u (local.get $slot) (global.get $overBinSlot)) (then (return (i32.const 0))))
    (i32.and
      (i32.shr_u
        (i32.load (i32.add (local.get $bitmap)
          (i32.shl
            (i32.add (i32.mul (local.get $col) (global.get $bitmapWords))
              (i32.shr_u (local.get $slot) (i32.const 5)))
            (i32.const 2))))
        (i32.and (local.get $slot) (i32.const 31)))
      (i32.const 1)))

  ;; Appends (target, value) for a targeted bin `slot` of column col: target =
  ;; col·TARGETS_PER_COLUMN + the index of `slot` among the column's bins. Returns the new end,
  ;; or −1 when the output is full.
  (func $append (param $slot i32) (param $value f64) (param $col i32) (param $bins i32)
      (param $outSlots i32) (param $outValues i32) (param $n i32) (param $capacity i32)
      (result i32)
    (local $t i32) (local $last i32)
    (local.set $t (i32.mul (local.get $col) (global.get $targetsPerColumn)))
    (local.set $last (i32.add (local.get $t) (global.get $targetsPerColumn)))
    (block $found
      (loop $search
        (if (i32.ge_u (local.get $t) (local.get $last)) (then (return (local.get $n))))
        (br_if $found (i32.eq (i32.load (i32.add (local.get $bins) (i32.shl (local.get $t) (i32.const 2))))
          (local.get $slot)))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $search)))
    (if (i32.ge_u (local.get $n) (local.get $capacity)) (then (return (i32.const -1))))
    (i32.store (i32.add (local.get $outSlots) (i32.shl (local.get $n) (i32.const 2))) (local.get $t))
    (f64.store (i32.add (local.get $outValues) (i32.shl (local.get $n) (i32.const 3))) (local.get $value))
    (i32.add (local.get $n) (i32.const 1)))

  ;; count: adds the batch to the counters (u16, wrapping like a Uint16Array), the column
  ;; sums (draw order) and extremes. Returns the last column whose values left [lo, hi] or were
  ;; not finite (sum − sum ≠ 0), or −1. An odd `nColumns` also counts the padding column after
  ;; the last (its tables never fail the check).
  (func (export "count") (param $batch i32) (param $stride i32) (param $nColumns i32) (param $len i32)
      (param $grid i32) (param $counts i32) (param $sums i32) (param $colMin i32)
      (param $colMax i32) (result i32)
    (local $tableBytes i32) (local $col i32) (local $at i32) (local $d i32)
    (local $cnt0 i32) (local $cnt1 i32) (local $slot i32) (local $bad i32)
    (local $base v128) (local $inv v128) (local $atomA v128) (local $atomB v128)
    (local $logMask v128) (local $x v128) (local $t v128) (local $sum v128) (local $mn v128)
    (local $mx v128) (local $ok v128)
    (local.set $bad (i32.const -1))
    (local.set $tableBytes (i32.shl (local.get $stride) (i32.const 3)))
    (local.set $col (i32.const 0))
    (block $pairsDone
      (loop $pairs
        (br_if $pairsDone (i32.ge_u (local.get $col) (local.get $nColumns)))
        ;; columns col and col + 1 in every per-column table
        (local.set $at (i32.add (local.get $grid) (i32.shl (local.get $col) (i32.const 3))))
        (local.set $base (v128.load align=8 (local.get $at)))
        (local.set $inv (v128.load align=8 (i32.add (local.get $at) (local.get $tableBytes))))
        (local.set $atomA (v128.load align=8
          (i32.add (local.get $at) (i32.mul (local.get $tableBytes) (i32.const 2)))))
        (local.set $atomB (v128.load align=8
          (i32.add (local.get $at) (i32.mul (local.get $tableBytes) (i32.const 3)))))
        (local.set $logMask (v128.load align=8
          (i32.add (local.get $at) (i32.mul (local.get $tableBytes) (i32.const 4)))))
        (local.set $cnt0 (i32.add (local.get $counts)
          (i32.mul (local.get $col) (global.get $counterBytes))))
        (local.set $cnt1 (i32.add (local.get $cnt0) (global.get $counterBytes)))
        (local.set $sum (v128.const f64x2 0 0))
        (local.set $mn (v128.const f64x2 inf inf))
        (local.set $mx (v128.const f64x2 -inf -inf))
        (local.set $at (i32.add (local.get $batch) (i32.shl (local.get $col) (i32.const 3))))
        (local.set $d (i32.const 0))
        ;; both lanes linear and without atoms (most pairs): a shorter loop, the same bins
        (if (i32.eqz
              (i32.or
                (v128.any_true (local.get $logMask))
                (v128.any_true
                  (v128.or
                    (f64x2.eq (local.get $atomA) (local.get $atomA))
                    (f64x2.eq (local.get $atomB) (local.get $atomB))))))
          (then
            (block $plainDone
              (loop $plain
                (br_if $plainDone (i32.ge_u (local.get $d) (local.get $len)))
                (local.set $x (v128.load align=8 (local.get $at)))
                (local.set $sum (f64x2.add (local.get $sum) (local.get $x)))
                (local.set $mn (f64x2.pmin (local.get $mn) (local.get $x)))
                (local.set $mx (f64x2.pmax (local.get $mx) (local.get $x)))
                ;; the general loop's arithmetic with key = x and no atom
                (local.set $t
                  (f64x2.add
                    (f64x2.floor
                      (f64x2.pmin
                        (f64x2.pmax (v128.const f64x2 0 0)
                          (f64x2.add
                            (f64x2.mul (f64x2.sub (local.get $x) (local.get $base)) (local.get $inv))
                            (v128.const f64x2 1 1)))
                        (f64x2.splat (global.get $overBin))))
                    (v128.const f64x2 0x1p52 0x1p52)))
                (local.set $slot (i32.add (local.get $cnt0)
                  (i32.shl (i32x4.extract_lane 0 (local.get $t)) (i32.const 1))))
                (i32.store16 (local.get $slot) (i32.add (i32.load16_u (local.get $slot)) (i32.const 1)))
                (local.set $slot (i32.add (local.get $cnt1)
                  (i32.shl (i32x4.extract_lane 2 (local.get $t)) (i32.const 1))))
                (i32.store16 (local.get $slot) (i32.add (i32.load16_u (local.get $slot)) (i32.const 1)))
                (local.set $at (i32.add (local.get $at) (local.get $tableBytes)))
                (local.set $d (i32.add (local.get $d) (i32.const 1)))
                (br $plain)))
          )
          (else
            (block $drawsDone
              (loop $draws
                (br_if $drawsDone (i32.ge_u (local.get $d) (local.get $len)))
                (local.set $x (v128.load align=8 (local.get $at)))
                (local.set $sum (f64x2.add (local.get $sum) (local.get $x)))
                (local.set $mn (f64x2.pmin (local.get $mn) (local.get $x)))
                (local.set $mx (f64x2.pmax (local.get $mx) (local.get $x)))
                ;; t = (key − base)·inv + 1, key = x or, on log lanes, x > 0 ? highWord(x) : −1
                ;; (the high word of a positive double is below 2³¹: the signed conversion is exact)
                (local.set $t
                  (f64x2.add
                    (f64x2.mul
                      (f64x2.sub
                        (v128.bitselect
                          (v128.bitselect
                            (f64x2.convert_low_i32x4_s
                              (i8x16.shuffle 4 5 6 7 12 13 14 15 0 1 2 3 8 9 10 11
                                (local.get $x) (local.get $x)))
                            (v128.const f64x2 -1 -1)
                            (f64x2.gt (local.get $x) (v128.const f64x2 0 0)))
                          (local.get $x)
                          (local.get $logMask))
                        (local.get $base))
                      (local.get $inv))
                    (v128.const f64x2 1 1)))
                ;; bin = ⌊min(max(0, t), OVER_BIN)⌋: pmax(0, NaN) = 0, as Math.max(0, Math.min(·, NaN)) | 0 gives
                (local.set $t
                  (f64x2.pmin
                    (f64x2.pmax (v128.const f64x2 0 0) (local.get $t))
                    (f64x2.splat (global.get $overBin))))
                ;; slot = atom A, else atom B, else the bin; then ⌊slot⌋ + 2⁵² puts ⌊slot⌋ in the low word
                (local.set $t
                  (f64x2.add
                    (f64x2.floor
                      (v128.bitselect
                        (f64x2.splat (global.get $atomASlot))
                        (v128.bitselect
                          (f64x2.splat (global.get $atomBSlot))
                          (local.get $t)
                          (f64x2.eq (local.get $x) (local.get $atomB)))
                        (f64x2.eq (local.get $x) (local.get $atomA))))
                    (v128.const f64x2 0x1p52 0x1p52)))
                (local.set $slot (i32.add (local.get $cnt0)
                  (i32.shl (i32x4.extract_lane 0 (local.get $t)) (i32.const 1))))
                (i32.store16 (local.get $slot) (i32.add (i32.load16_u (local.get $slot)) (i32.const 1)))
                (local.set $slot (i32.add (local.get $cnt1)
                  (i32.shl (i32x4.extract_lane 2 (local.get $t)) (i32.const 1))))
                (i32.store16 (local.get $slot) (i32.add (i32.load16_u (local.get $slot)) (i32.const 1)))
                (local.set $at (i32.add (local.get $at) (local.get $tableBytes)))
                (local.set $d (i32.add (local.get $d) (i32.const 1)))
                (br $draws)))
          ))
        ;; the invariant check: lo ≤ min, max ≤ hi, and a finite sum
        (local.set $at (i32.add (local.get $grid) (i32.shl (local.get $col) (i32.const 3))))
        (local.set $ok
          (v128.and
            (v128.and
              (f64x2.ge (local.get $mn) (v128.load align=8
                (i32.add (local.get $at) (i32.mul (local.get $tableBytes) (i32.const 5)))))
              (f64x2.le (local.get $mx) (v128.load align=8
                (i32.add (local.get $at) (i32.mul (local.get $tableBytes) (i32.const 6))))))
            (f64x2.eq (f64x2.sub (local.get $sum) (local.get $sum)) (v128.const f64x2 0 0))))
        (if (i64.eqz (i64x2.extract_lane 0 (local.get $ok)))
          (then (local.set $bad (local.get $col))))
        (if (i64.eqz (i64x2.extract_lane 1 (local.get $ok)))
          (then (local.set $bad (i32.add (local.get $col) (i32.const 1)))))
        ;; sums += this batch's sums; running extremes
        (local.set $at (i32.add (local.get $sums) (i32.shl (local.get $col) (i32.const 3))))
        (v128.store align=8 (local.get $at)
          (f64x2.add (v128.load align=8 (local.get $at)) (local.get $sum)))
        (local.set $at (i32.add (local.get $colMin) (i32.shl (local.get $col) (i32.const 3))))
        (v128.store align=8 (local.get $at)
          (f64x2.pmin (v128.load align=8 (local.get $at)) (local.get $mn)))
        (local.set $at (i32.add (local.get $colMax) (i32.shl (local.get $col) (i32.const 3))))
        (v128.store align=8 (local.get $at)
          (f64x2.pmax (v128.load align=8 (local.get $at)) (local.get $mx)))
        (local.set $col (i32.add (local.get $col) (i32.const 2)))
        (br $pairs)))
    (local.get $bad))

  ;; collect: for the exact pass, appends (column·TARGETS_PER_COLUMN + target, value) from
  ;; index `start` for every value of the first `nColumns` columns whose bin is targeted
  ;; (bitmap: one bit per bin; bins: the targeted bins, −1 unused). Returns the new end, or −1
  ;; when `capacity` is reached. The slot arithmetic is count's, line for line (the two must
  ;; agree: test/analysis/ensembleKernel.test.ts).
  (func (export "collect") (param $batch i32) (param $stride i32) (param $nColumns i32)
      (param $len i32) (param $grid i32) (param $bitmap i32) (param $bins i32)
      (param $outSlots i32) (param $outValues i32) (param $start i32) (param $capacity i32)
      (result i32)
    (local $tableBytes i32) (local $col i32) (local $at i32) (local $d i32) (local $n i32)
    (local $base v128) (local $inv v128) (local $atomA v128) (local $atomB v128)
    (local $logMask v128) (local $x v128) (local $t v128)
    (local.set $n (local.get $start))
    (local.set $tableBytes (i32.shl (local.get $stride) (i32.const 3)))
    (local.set $col (i32.const 0))
    (block $pairsDone
      (loop $pairs
        (br_if $pairsDone (i32.ge_u (local.get $col) (local.get $nColumns)))
        ;; columns col and col + 1 in every per-column table
        (local.set $at (i32.add (local.get $grid) (i32.shl (local.get $col) (i32.const 3))))
        (local.set $base (v128.load align=8 (local.get $at)))
        (local.set $inv (v128.load align=8 (i32.add (local.get $at) (local.get $tableBytes))))
        (local.set $atomA (v128.load align=8
          (i32.add (local.get $at) (i32.mul (local.get $tableBytes) (i32.const 2)))))
        (local.set $atomB (v128.load align=8
          (i32.add (local.get $at) (i32.mul (local.get $tableBytes) (i32.const 3)))))
        (local.set $logMask (v128.load align=8
          (i32.add (local.get $at) (i32.mul (local.get $tableBytes) (i32.const 4)))))
        (local.set $at (i32.add (local.get $batch) (i32.shl (local.get $col) (i32.const 3))))
        (local.set $d (i32.const 0))
        ;; both lanes linear and without atoms: the shorter loop, as in count
        (if (i32.eqz
              (i32.or
                (v128.any_true (local.get $logMask))
                (v128.any_true
                  (v128.or
                    (f64x2.eq (local.get $atomA) (local.get $atomA))
                    (f64x2.eq (local.get $atomB) (local.get $atomB))))))
          (then
            (block $plainDone
              (loop $plain
                (br_if $plainDone (i32.ge_u (local.get $d) (local.get $len)))
                (local.set $x (v128.load align=8 (local.get $at)))
                ;; the general loop's arithmetic with key = x and no atom
                (local.set $t
                  (f64x2.add
                    (f64x2.floor
                      (f64x2.pmin
                        (f64x2.pmax (v128.const f64x2 0 0)
                          (f64x2.add
                            (f64x2.mul (f64x2.sub (local.get $x) (local.get $base)) (local.get $inv))
                            (v128.const f64x2 1 1)))
                        (f64x2.splat (global.get $overBin))))
                    (v128.const f64x2 0x1p52 0x1p52)))
                (if (call $targeted (i32x4.extract_lane 0 (local.get $t)) (local.get $col) (local.get $bitmap))
                  (then
                    (local.set $n (call $append (i32x4.extract_lane 0 (local.get $t))
                      (f64x2.extract_lane 0 (local.get $x)) (local.get $col) (local.get $bins)
                      (local.get $outSlots) (local.get $outValues) (local.get $n) (local.get $capacity)))
                    (if (i32.lt_s (local.get $n) (i32.const 0)) (then (return (i32.const -1))))))
                ;; the second lane is a real column unless it pads an odd count
                (if (i32.lt_u (i32.add (local.get $col) (i32.const 1)) (local.get $nColumns))
                  (then
                    (if (call $targeted (i32x4.extract_lane 2 (local.get $t))
                          (i32.add (local.get $col) (i32.const 1)) (local.get $bitmap))
                      (then
                        (local.set $n (call $append (i32x4.extract_lane 2 (local.get $t))
                          (f64x2.extract_lane 1 (local.get $x)) (i32.add (local.get $col) (i32.const 1))
                          (local.get $bins) (local.get $outSlots) (local.get $outValues) (local.get $n)
                          (local.get $capacity)))
                        (if (i32.lt_s (local.get $n) (i32.const 0)) (then (return (i32.const -1))))))))
                (local.set $at (i32.add (local.get $at) (local.get $tableBytes)))
                (local.set $d (i32.add (local.get $d) (i32.const 1)))
                (br $plain)))
          )
          (else
            (block $drawsDone
              (loop $draws
                (br_if $drawsDone (i32.ge_u (local.get $d) (local.get $len)))
                (local.set $x (v128.load align=8 (local.get $at)))
                ;; t = (key − base)·inv + 1, key = x or, on log lanes, x > 0 ? highWord(x) : −1
                ;; (the high word of a positive double is below 2³¹: the signed conversion is exact)
                (local.set $t
                  (f64x2.add
                    (f64x2.mul
                      (f64x2.sub
                        (v128.bitselect
                          (v128.bitselect
                            (f64x2.convert_low_i32x4_s
                              (i8x16.shuffle 4 5 6 7 12 13 14 15 0 1 2 3 8 9 10 11
                                (local.get $x) (local.get $x)))
                            (v128.const f64x2 -1 -1)
                            (f64x2.gt (local.get $x) (v128.const f64x2 0 0)))
                          (local.get $x)
                          (local.get $logMask))
                        (local.get $base))
                      (local.get $inv))
                    (v128.const f64x2 1 1)))
                ;; bin = ⌊min(max(0, t), OVER_BIN)⌋: pmax(0, NaN) = 0, as Math.max(0, Math.min(·, NaN)) | 0 gives
                (local.set $t
                  (f64x2.pmin
                    (f64x2.pmax (v128.const f64x2 0 0) (local.get $t))
                    (f64x2.splat (global.get $overBin))))
                ;; slot = atom A, else atom B, else the bin; then ⌊slot⌋ + 2⁵² puts ⌊slot⌋ in the low word
                (local.set $t
                  (f64x2.add
                    (f64x2.floor
                      (v128.bitselect
                        (f64x2.splat (global.get $atomASlot))
                        (v128.bitselect
                          (f64x2.splat (global.get $atomBSlot))
                          (local.get $t)
                          (f64x2.eq (local.get $x) (local.get $atomB)))
                        (f64x2.eq (local.get $x) (local.get $atomA))))
                    (v128.const f64x2 0x1p52 0x1p52)))
                (if (call $targeted (i32x4.extract_lane 0 (local.get $t)) (local.get $col) (local.get $bitmap))
                  (then
                    (local.set $n (call $append (i32x4.extract_lane 0 (local.get $t))
                      (f64x2.extract_lane 0 (local.get $x)) (local.get $col) (local.get $bins)
                      (local.get $outSlots) (local.get $outValues) (local.get $n) (local.get $capacity)))
                    (if (i32.lt_s (local.get $n) (i32.const 0)) (then (return (i32.const -1))))))
                ;; the second lane is a real column unless it pads an odd count
                (if (i32.lt_u (i32.add (local.get $col) (i32.const 1)) (local.get $nColumns))
                  (then
                    (if (call $targeted (i32x4.extract_lane 2 (local.get $t))
                          (i32.add (local.get $col) (i32.const 1)) (local.get $bitmap))
                      (then
                        (local.set $n (call $append (i32x4.extract_lane 2 (local.get $t))
                          (f64x2.extract_lane 1 (local.get $x)) (i32.add (local.get $col) (i32.const 1))
                          (local.get $bins) (local.get $outSlots) (local.get $outValues) (local.get $n)
                          (local.get $capacity)))
                        (if (i32.lt_s (local.get $n) (i32.const 0)) (then (return (i32.const -1))))))))
                (local.set $at (i32.add (local.get $at) (local.get $tableBytes)))
                (local.set $d (i32.add (local.get $d) (i32.const 1)))
                (br $draws)))
          ))
        (local.set $col (i32.add (local.get $col) (i32.const 2)))
        (br $pairs)))
    (local.get $n))
)
