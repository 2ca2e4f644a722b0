package vn.canbo.career;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the document of a decision needs beyond its content (NĐ 30/2020/NĐ-CP layout),
 * recorded on the draft: {@code place} (địa danh of the date line; blank: derived from
 * the issuing unit's locality), {@code proposer} (the "Xét đề nghị của …" clause, omitted
 * when blank), the signing {@code authority} (TM. the collective, KT. the head, both, or
 * none: the head signs himself), the {@code signerTitle} ("CHỦ TỊCH", "PHÓ CHỦ TỊCH") and
 * the {@code recipients} (Nơi nhận, besides "Như Điều 3" and the archive line).
 */
public record DecisionSigning(String place, String proposer, Authority authority, String signerTitle,
		List<String> recipients) {

	/** Thẩm quyền ký. */
	public enum Authority {

		/** Thay mặt (a collective body: TM. ỦY BAN NHÂN DÂN). */
		TM,
		/** Ký thay (a deputy for the head: KT. CHỦ TỊCH). */
		KT,
		/** A deputy for the head of a collective body: TM. … then KT. …. */
		TM_KT

	}

	public static final DecisionSigning NONE = new DecisionSigning(null, null, null, null, List.of());

	public DecisionSigning {
		place = clean(place);
		proposer = clean(proposer);
		signerTitle = clean(signerTitle);
		recipients = recipients(recipients);
	}

	/**
	 * Recipients from the lines of a text box (one per line, blank lines and repeats
	 * dropped).
	 */
	public static List<String> lines(String text) {
		return text == null ? List.of() : recipients(List.of(text.split("\\R")));
	}

	/** The recipients one per line (the text box of the form). */
	public String recipientText() {
		return String.join("\n", recipients);
	}

	/**
	 * Trimmed, without the leading "- " and the trailing ";" or "." a user may type,
	 * without blanks and repeats (case-insensitive).
	 */
	private static List<String> recipients(List<String> in) {
		List<String> out = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		if (in == null) {
			return List.of();
		}
		for (String s : in) {
			String r = s == null ? "" : s.strip().replaceFirst("^[-–•+]\\s*", "").replaceFirst("[;.,]+$", "").strip();
			if (!r.isEmpty() && seen.add(r.toLowerCase(Locale.ROOT))) {
				out.add(r);
			}
		}
		return List.copyOf(out);
	}

	private static String clean(String s) {
		return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
	}

}
