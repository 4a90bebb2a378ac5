package alliancesim.server;

/** Input the server refuses, with the HTTP status to answer and a message that says what to fix. */
public final class BadRequest extends RuntimeException {
    private final int status;

    public BadRequest(String message) {
        this(400, message);
    }

    public BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
