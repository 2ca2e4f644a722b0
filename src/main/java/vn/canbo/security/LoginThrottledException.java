package vn.canbo.security;

import vn.canbo.shared.Messages;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Login refused because of repeated failures; the message is shown to the user. */
class LoginThrottledException extends LockedException {

	private final Instant until;

	LoginThrottledException(Instant until) {
		super(Messages.text("login.locked"));
		this.until = until;
	}

	Instant until() {
		return until;
	}

}
