package vn.canbo.security;

import vn.canbo.shared.Messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.VietnameseText;

/**
 * Chính sách mật khẩu: at least 10 characters, not the user name nor containing it, and
 * neither common nor trivial. Compared folded (lower case, no diacritics, letters and
 * digits only): refused are digit-only passwords, fewer than 4 distinct characters, and
 * any password made entirely of keyboard or alphabet runs (qwerty, 1qaz2wsx, abcdef,
 * 987654, forward or backward), short digit groups (years, PINs) and at most one word of
 * the shipped list {@code security/common-passwords.txt} (password, matkhau, admin,
 * canbo, iloveyou…): "password12", "Matkhau@2024", "qwerty123456", "1234567890".
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	/**
	 * Keyboard rows and columns (QWERTY), alphabet and digits; runs are read both ways.
	 */
	private static final List<String> RUNS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
			"abcdefghijklmnopqrstuvwxyz", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp",
			"1q2w3e4r5t6y7u8i9o0p", "qaswdefrgthyjukilop", "zaqxswcdevfrbgtnhymjukilop");

	private static final int MAX_CHECKED = 64;

	private static final Set<String> COMMON = load();

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
		if (errors.isEmpty()) {
			String folded = fold(password);
			String name = fold(username);
			if (name.length() >= 3 && folded.contains(name)) {
				errors.add(new FieldError(field, Messages.text("security.error.passwordContainsUsername")));
			}
			else if (trivial(folded)
					|| trivial(fold(VietnameseText.fold(password).replace('@', 'a').replace('$', 's')))) {
				// also with @ and $ read as the letters they stand for (p@ssw0rd)
				errors.add(new FieldError(field, Messages.text("security.error.passwordCommon")));
			}
		}
		return errors;
	}

	/** Lower case, without diacritics, letters and digits only. */
	static String fold(String text) {
		return VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** Common or trivial (see the class comment); {@code s} is folded. */
	static boolean trivial(String s) {
		if (s.length() > MAX_CHECKED) {
			s = s.substring(0, MAX_CHECKED);
		}
		if (s.chars().allMatch(Character::isDigit) || s.chars().distinct().count() < 4 || COMMON.contains(s)) {
			return true;
		}
		// made[i][w]: s[0, i) is made of runs, short digit groups and w list words
		int n = s.length();
		boolean[][] made = new boolean[n + 1][2];
		made[0][0] = true;
		for (int i = 1; i <= n; i++) {
			for (int j = 0; j < i; j++) {
				String piece = s.substring(j, i);
				boolean filler = (piece.length() >= 3 && isRun(piece))
						|| (piece.length() <= 4 && piece.chars().allMatch(Character::isDigit));
				boolean word = COMMON.contains(piece);
				made[i][0] |= made[j][0] && filler;
				made[i][1] |= (made[j][1] && filler) || (made[j][0] && word);
			}
		}
		return made[n][0] || made[n][1];
	}

	private static boolean isRun(String piece) {
		String reversed = new StringBuilder(piece).reverse().toString();
		for (String run : RUNS) {
			if (run.contains(piece) || run.contains(reversed)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		ClassPathResource list = new ClassPathResource("security/common-passwords.txt");
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String word = fold(line.replaceFirst("#.*", ""));
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}

}
