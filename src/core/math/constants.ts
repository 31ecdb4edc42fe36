/**
 * Constants several fdlibm functions share (fdlibm 5.3, Sun Microsystems, 1993; "Permission to
 * use, copy, modify, and distribute this software is freely granted, provided that this notice
 * is preserved"). The bit patterns are fdlibm's; constants.test.ts checks the decimals.
 */

/** ln 2 split so that k·LN2_HI is exact for |k| < 2000: its first 32 bits… */
export const LN2_HI = 0.6931471803691238; // 0x3FE62E42 FEE00000
/** …and the rest, ln 2 − LN2_HI. */
export const LN2_LO = 1.9082149292705877e-10; // 0x3DEA39EF 35793C76

/**
 * Remez polynomial of log(1 + f) = 2s + s·R(s²), s = f/(2 + f), on [0, 0.1716]:
 * R(z) = LG1·z + LG2·z² + … + LG7·z⁷, error < 2⁻⁵⁸·⁴⁵ (e_log.c's Lg1…Lg7, s_log1p.c's Lp1…Lp7).
 */
export const LG1 = 0.6666666666666735; // 0x3FE55555 55555593
export const LG2 = 0.3999999999940942; // 0x3FD99999 9997FA04
export const LG3 = 0.2857142874366239; // 0x3FD24924 94229359
export const LG4 = 0.22222198432149784; // 0x3FCC71C5 1D8E78AF
export const LG5 = 0.1818357216161805; // 0x3FC74664 96CB03DE
export const LG6 = 0.15313837699209373; // 0x3FC39A09 D078C69F
export const LG7 = 0.14798198605116586; // 0x3FC2F112 DF3E5244
