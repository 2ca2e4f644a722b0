package vn.canbo.security;

import vn.canbo.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import vn.canbo.shared.FieldError;

/** Chính sách mật khẩu: at least 10 characters, not the user name. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	static List<FieldError> check(String field, String username, String password) {
		List<FieldError> errors = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			errors.add(new FieldError(field, Messages.text("security.error.passwordRequired")));
			return errors;
		}
		if (password.length() < MIN_LENGTH) {
			errors
				.add(new FieldError(field, Messages.text("security.error.passwordShort", String.valueOf(MIN_LENGTH))));
		}
		if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
			errors.add(new FieldError(field, Messages.text("security.error.passwordIsUsername")));
		}
		if (password.isBlank()) {
			errors.add(new FieldError(field, Messages.text("security.error.passwordBlank")));
		}
		return errors;
	}

}
