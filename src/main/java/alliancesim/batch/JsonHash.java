package alliancesim.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a value as JSON with its maps' keys sorted: the same record gives the same hash however it was built. */
public final class JsonHash {
    private static final ObjectMapper SORTED = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private JsonHash() {
    }

    public static String sha256(Object value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SORTED.writeValueAsBytes(value)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + value.getClass().getSimpleName(), e);
        }
    }

    /** The first characters of a hash, enough to tell two apart in a message. */
    public static String prefix(String hash) {
        return hash == null || hash.length() <= 12 ? String.valueOf(hash) : hash.substring(0, 12) + "...";
    }
}
