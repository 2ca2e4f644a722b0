package vn.canbo.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Login refused because of repeated failures; the message is shown to the user. */
class LoginThrottledException extends LockedException {

	private final Instant until;

	LoginThrottledException(Instant until) {
		super("Đăng nhập sai quá nhiều lần. Tài khoản tạm thời bị khóa, vui lòng thử lại sau 15 phút.");
		this.until = until;
	}

	Instant until() {
		return until;
	}

}
