package vn.canbo.shared;

/** Not there, or outside the caller's scope: both are answered 404 so that existence does not leak. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
