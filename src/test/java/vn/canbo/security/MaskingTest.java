package vn.canbo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class MaskingTest {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nationalIdKeepsFirstDigitAndLastTwo() {
		assertThat(Masking.maskNationalId("012345678912")).isEqualTo("0*********12");
		assertThat(Masking.maskNationalId("123456789")).isEqualTo("1******89");
		assertThat(Masking.maskNationalId("1234")).isEqualTo("****");
		assertThat(Masking.maskNationalId(null)).isNull();
		assertThat(Masking.maskPhone("0912345678")).isEqualTo("091*****78");
		assertThat(Masking.mask("abc", 2, 2)).isEqualTo("***");
	}

	@Test
	void onlyRolesWithSensitiveReadSeeValues() {
		var mask = new Masking();
		assertThat(Masking.canSeeSensitive()).isFalse();
		assertThat(mask.nationalId("012345678912")).isEqualTo("0*********12");
		for (Role r : List.of(Role.CLERK, Role.AUDITOR)) {
			login(r);
			assertThat(Masking.canSeeSensitive()).as(r.name()).isFalse();
			assertThat(mask.nationalId("012345678912")).isEqualTo("0*********12");
			assertThat(Masking.sensitive("Kinh")).isEqualTo("******");
		}
		for (Role r : List.of(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER)) {
			login(r);
			assertThat(Masking.canSeeSensitive()).as(r.name()).isTrue();
			assertThat(mask.nationalId("012345678912")).isEqualTo("012345678912");
			assertThat(Masking.sensitive("Kinh")).isEqualTo("Kinh");
		}
	}

	private static void login(Role r) {
		CanboUser u = TestUsers.user(r);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
	}

}
