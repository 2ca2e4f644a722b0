package vn.canbo.shared;

/** Optimistic lock: the record changed since the user loaded it. Answered as HTTP 409. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}
