package alliancesim.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The code a class needs to use a page opened to a network. A browser brings it once in the address
 * ({@code /?join=CODE}) and keeps it as a cookie; a script sends it as the header {@code X-Join-Code}.
 */
public record JoinCode(String code) {
    /** Letters and digits that cannot be misread on a projector (no 0/O, 1/I/L). */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Pattern FORM = Pattern.compile("[" + ALPHABET + "]{4,32}");
    static final String COOKIE = "join";
    static final String HEADER = "X-Join-Code";

    public JoinCode {
        if (code == null || !FORM.matcher(code).matches()) {
            throw new IllegalArgumentException("a join code is 4 to 32 of the letters and digits " + ALPHABET);
        }
    }

    /** A new code of six characters (30 bits: guessing it takes longer than a lesson at the rate limit). */
    public static JoinCode random(SecureRandom random) {
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(sb.toString());
    }

    /** Whether the code given (case aside) is this one, compared in time that does not depend on where they differ. */
    boolean matches(String given) {
        return given != null && MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
                given.trim().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
