package org.radiomics4j.core.filters;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code str(float)} / {@code repr(float)} (CPython's "short" repr): the shortest decimal string that reads
 * back to the same double (of the shortest candidates, the one nearest the exact binary value), written positionally
 * with at least one digit after the point when the decimal exponent is in {@code [-4, 16)}, else as
 * {@code d.ddde±XX} with at least two exponent digits. PyRadiomics builds image type names from it
 * ({@code 'log-sigma-%s-mm-3D' % str(sigma).replace('.', '-')}).
 */
final class PythonFloat {
    private PythonFloat() {
    }

    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                shortest = r;
                break;
            }
        }
        if (shortest == null) {
            throw new IllegalStateException("no round-trip decimal for " + x);
        }
        String sign = shortest.signum() < 0 ? "-" : "";
        BigDecimal abs = shortest.abs().stripTrailingZeros();
        String digits = abs.unscaledValue().toString();
        // value = digits × 10^(-scale); decimal exponent of the first digit:
        int exp10 = digits.length() - 1 - abs.scale();
        if (exp10 >= -4 && exp10 < 16) {
            String plain = abs.toPlainString();
            if (!plain.contains(".")) {
                plain = plain + ".0";
            }
            return sign + plain;
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = Integer.toString(Math.abs(exp10));
        if (e.length() < 2) {
            e = "0" + e;
        }
        return sign + mant + "e" + (exp10 < 0 ? "-" : "+") + e;
    }
}
