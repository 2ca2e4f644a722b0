package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.canbo.shared.FieldError;

/** Issue 12, point 14: common and trivial passwords, and the user name inside. */
class PasswordPolicyTest {

	static List<String> messages(String username, String password) {
		return PasswordPolicy.check("password", username, password).stream().map(FieldError::message).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "password12", "Password123!", "P@ssw0rd2024", "matkhau123", "Mật-khẩu@2024",
			"MATKHAU2025", "qwertyuiop", "qwerty123456", "1qaz2wsx3edc", "zaq12wsxcde", "0987654321", "aaaaaaaaaaaa",
			"abababababab", "abcdefghijk", "iloveyou2024", "anhyeuem123", "admin@12345", "canbo2025!!", "Canbo-123456",
			"0912345678", "12121212121", "asdfghjkl;'", "superman1234", "qwerty-admin" })
	void commonAndTrivialPasswordsAreRefused(String password) {
		assertThat(messages("someone", password)).containsExactly(
				"Mật khẩu quá phổ biến hoặc quá dễ đoán (dãy phím, dãy số, ký tự lặp lại, từ thông dụng kèm số); "
						+ "hãy chọn một cụm từ dài và riêng");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mat-khau-du-dai", "Hoa-sen-tim-2025", "Cay bang xanh 77", "dung-mat-khau-1",
			"tôi thích phở bò", "correct horse battery", "Xk9#pL2!vQ", "mat-khau-moi-123", "Sông Hương 1975" })
	void goodPasswordsPass(String password) {
		assertThat(messages("someone", password)).isEmpty();
	}

	@Test
	void aPasswordContainingTheUserNameIsRefusedWhateverTheCaseAndDiacritics() {
		String message = "Mật khẩu không được chứa tên đăng nhập";
		assertThat(messages("hoa.nguyen", "HOA.NGUYEN-2025")).containsExactly(message);
		assertThat(messages("hoa.nguyen", "Xin chào hoa nguyễn!")).containsExactly(message);
		assertThat(messages("trang", "Trắng-đêm-mưa-rơi")).containsExactly(message);
		// exactly the user name keeps its own message
		assertThat(messages("nguyenvanhoa", "NguyenVanHoa"))
			.containsExactly("Mật khẩu không được trùng với tên đăng nhập");
		// a user name too short to mean anything is not searched for
		assertThat(messages("ab", "abc-hoa-sen-tim")).isEmpty();
	}

	@Test
	void boundaries() {
		assertThat(messages("someone", "Xk9#pL2!v")).containsExactly("Mật khẩu phải có ít nhất 10 ký tự");
		assertThat(messages("someone", null)).containsExactly("Mật khẩu là bắt buộc");
		assertThat(messages("someone", "          ")).containsExactly("Mật khẩu không được chỉ gồm khoảng trắng");
		// a very long trivial password is still refused, a long phrase still passes
		assertThat(messages("someone", "1".repeat(500))).hasSize(1);
		assertThat(messages("someone", "hoa sen tim ".repeat(40))).isEmpty();
	}

}
