package vn.canbo.security;

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
			errors.add(new FieldError(field, "Mật khẩu là bắt buộc"));
			return errors;
		}
		if (password.length() < MIN_LENGTH) {
			errors.add(new FieldError(field, "Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự"));
		}
		if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
			errors.add(new FieldError(field, "Mật khẩu không được trùng với tên đăng nhập"));
		}
		if (password.isBlank()) {
			errors.add(new FieldError(field, "Mật khẩu không được chỉ gồm khoảng trắng"));
		}
		return errors;
	}

}
