package vn.canbo.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Che thông tin nhạy cảm: sensitive values are shown only to users holding
 * {@link Permission#SENSITIVE_READ}; everyone else sees a mask. Static helpers for Java
 * code; in templates the bean {@code @mask} ({@code ${@mask.nationalId(p.nationalId)}})
 * masks unless the current user may see the value.
 */
@Component("mask")
public class Masking {

	/**
	 * Căn cước / CMND, the one mask of the application (API, pages, exports, documents,
	 * audit): keep the first digit and the last two, {@code 012345678912 → 0*********12};
	 * four characters or fewer are masked whole.
	 */
	public static String maskNationalId(String id) {
		if (id == null) {
			return null;
		}
		String v = id.strip();
		if (v.length() <= 4) {
			return "*".repeat(v.length());
		}
		return mask(v, 1, 2);
	}

	/**
	 * Keep {@code keepStart} leading and {@code keepEnd} trailing characters, mask the
	 * rest with '*'.
	 */
	public static String mask(String value, int keepStart, int keepEnd) {
		if (value == null) {
			return null;
		}
		int n = value.length();
		if (keepStart + keepEnd >= n) {
			return "*".repeat(n);
		}
		return value.substring(0, keepStart) + "*".repeat(n - keepStart - keepEnd) + value.substring(n - keepEnd);
	}

	/** Phone numbers: {@code 0912345678 → 091*****78}. */
	public static String maskPhone(String phone) {
		return phone == null ? null : mask(phone.strip(), 3, 2);
	}

	/**
	 * Whether the signed-in user may see sensitive fields (Dân tộc, Tôn giáo, CCCD,
	 * health, …) unmasked.
	 */
	public static boolean canSeeSensitive() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a != null && a.isAuthenticated()
				&& a.getAuthorities().stream().anyMatch(g -> Permission.SENSITIVE_READ.name().equals(g.getAuthority()));
	}

	/**
	 * Whether the caller may filter, sort, group or count by sensitive fields: a user
	 * holding SENSITIVE_READ, or no user at all (start-up, scheduled work).
	 */
	public static boolean mayUseSensitive() {
		return SecurityContextHolder.getContext().getAuthentication() == null || canSeeSensitive();
	}

	/** The value itself for users who may see it, otherwise a full mask. */
	public static String sensitive(String value) {
		return value == null || canSeeSensitive() ? value : "******";
	}

	// ---- instance forms for templates (@mask) ----

	public String nationalId(String id) {
		return canSeeSensitive() ? id : maskNationalId(id);
	}

	public String phone(String phone) {
		return canSeeSensitive() ? phone : maskPhone(phone);
	}

	public String value(String v) {
		return sensitive(v);
	}

	public boolean canSee() {
		return canSeeSensitive();
	}

}
