package vn.canbo.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;
import vn.canbo.targets.Achievement.Status;
import vn.canbo.targets.Indicator.Direction;
import vn.canbo.targets.Indicator.Wording;

/**
 * The standard Vietnamese sentences of an achievement, chosen by the indicator's
 * {@link Wording} and written with its precision ({@code decimals}, 0–3).
 * <p>
 * Percentages are computed from the counts straight to the indicator's precision, rounded
 * HALF_UP (never rounded twice), then written with Vietnamese separators and WITHOUT
 * trailing zeros: with one decimal 21,12…% prints "21,1%" and 21,04% prints "21%"
 * (reports write "đạt 15%", not "đạt 15,0%"). Comparisons with the target are made on the
 * printed numbers, so that a sentence never contradicts itself.
 * <ul>
 * <li>no target, or SHARE_ONLY: the value alone — "6/37 đồng chí, chiếm 16,22%", "kết nạp
 * 17 đảng viên";</li>
 * <li>ratio / share against the target (AGAINST_TARGET, "chỉ tiêu") or the plan
 * (AGAINST_PLAN, "kế hoạch"): "6/37 đồng chí, đạt 16,22%, vượt 1,22% so với chỉ tiêu"
 * (difference in percentage points); equal "…, đạt 15%, đạt chỉ tiêu"; below "…, đạt
 * 13,51%, thấp hơn 1,49% so với chỉ tiêu"; at most: "…, chiếm 3%, trong giới hạn chỉ tiêu
 * (không quá 5%)" / "…, chiếm 6%, cao hơn 1% so với chỉ tiêu";</li>
 * <li>count against the target or plan: above "kết nạp 1.210 đảng viên, vượt 8,42% kế
 * hoạch" ((1210 − 1116) / 1116); equal "…, đạt 100% kế hoạch"; below "kết nạp 17 đảng
 * viên, đạt 42,5% chỉ tiêu" (value / target); at most "…, bằng 50% mức tối đa của kế
 * hoạch" / "…, vượt 10% so với mức tối đa của kế hoạch".</li>
 * </ul>
 * Status: AT_LEAST — above VƯỢT, equal ĐẠT, below CHƯA ĐẠT; AT_MOST — at or below ĐẠT,
 * above CHƯA ĐẠT; no target: KHÔNG CÓ CHỈ TIÊU (SHARE_ONLY with a target still evaluates
 * the status against it).
 */
public final class Phrasing {

	private Phrasing() {
	}

	/** HALF_UP to 2 decimals, Vietnamese separators, trailing zeros stripped, "%". */
	public static String pct(BigDecimal v) {
		return pct(v, Indicator.DEFAULT_DECIMALS);
	}

	/**
	 * HALF_UP to {@code decimals}, Vietnamese separators, trailing zeros stripped, "%":
	 * pct(21.12, 1) = "21,1%", pct(21.04, 1) = "21%".
	 */
	public static String pct(BigDecimal v, int decimals) {
		if (v == null) {
			return "";
		}
		DecimalFormatSymbols s = new DecimalFormatSymbols();
		s.setGroupingSeparator('.');
		s.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.###", s).format(v.setScale(decimals, RoundingMode.HALF_UP)) + "%";
	}

	public static String num(long n) {
		return Formats.number(n);
	}

	/**
	 * The sentences are the wording of the Vietnamese reports (bundle
	 * {@code targets.phrase.*}), whatever the language of the page.
	 */
	private static String say(String key, Object... args) {
		return Messages.text(Messages.VIETNAMESE, key, args);
	}

	static BigDecimal percent(long part, long whole, int decimals) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part)
					.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
	}

	/** A ratio with the defaults of the old sentences: against the target, 2 decimals. */
	public static Result ratio(long count, long of, BigDecimal target, Direction dir, String noun) {
		return ratio(count, of, target, dir, Wording.AGAINST_TARGET, Indicator.DEFAULT_DECIMALS, noun);
	}

	/** A count with the defaults of the old sentences: against the plan, 2 decimals. */
	public static Result count(long value, BigDecimal target, Direction dir, String verb, String noun) {
		return count(value, target, dir, Wording.AGAINST_PLAN, Indicator.DEFAULT_DECIMALS, verb, noun);
	}

	/** The sentence of an indicator. */
	public static Result of(Indicator i, long count, Long of) {
		return i.kind() == Indicator.Kind.COUNT_IN_PERIOD
				? count(count, i.targetValue(), i.direction(), i.phrasing(), i.decimals(), i.verb(), i.noun())
				: ratio(count, of == null ? 0 : of, i.targetValue(), i.direction(), i.phrasing(), i.decimals(),
						i.noun());
	}

	/** A ratio or share: count among of, against a percent target (or none). */
	public static Result ratio(long count, long of, BigDecimal target, Direction dir, Wording wording, int decimals,
			String noun) {
		String n = noun == null || noun.isBlank() ? say("targets.phrase.defaultNoun") : noun.strip();
		String head = num(count) + "/" + num(of) + " " + n;
		BigDecimal value = percent(count, of, decimals);
		if (value == null) {
			return new Result(null, null, Status.KHONG_CO_SO_LIEU, say("targets.phrase.noData", head));
		}
		String share = say("targets.phrase.share", head, pct(value, decimals));
		if (target == null) {
			return new Result(value, null, Status.KHONG_CO_CHI_TIEU, share);
		}
		BigDecimal diff = value.subtract(target.setScale(decimals, RoundingMode.HALF_UP));
		int c = diff.signum();
		Status status = dir == Direction.AT_MOST ? (c <= 0 ? Status.DAT : Status.CHUA_DAT)
				: (c > 0 ? Status.VUOT : c == 0 ? Status.DAT : Status.CHUA_DAT);
		if (wording == Wording.SHARE_ONLY) {
			return new Result(value, diff, status, share);
		}
		String word = say("targets.phrase.word." + wording.name());
		String v = pct(value, decimals);
		String key;
		String d = pct(diff.abs(), decimals);
		if (dir == Direction.AT_MOST) {
			key = c <= 0 ? "targets.phrase.ratioWithinLimit" : "targets.phrase.ratioAboveLimit";
			d = c <= 0 ? pct(target, decimals) : d;
		}
		else {
			key = c > 0 ? "targets.phrase.ratioExceeded"
					: c == 0 ? "targets.phrase.ratioMet" : "targets.phrase.ratioBelow";
		}
		return new Result(value, diff, status, say(key, head, v, d, word));
	}

	/**
	 * A count in a period against a planned count (or none); the difference is relative:
	 * (value − target) / target × 100.
	 */
	public static Result count(long value, BigDecimal target, Direction dir, Wording wording, int decimals, String verb,
			String noun) {
		String head = ((verb == null || verb.isBlank()) ? "" : verb.strip() + " ") + num(value)
				+ (noun == null || noun.isBlank() ? "" : " " + noun.strip());
		BigDecimal v = BigDecimal.valueOf(value);
		if (target == null) {
			return new Result(v, null, Status.KHONG_CO_CHI_TIEU, head);
		}
		if (target.signum() == 0) {
			return new Result(v, null,
					value == 0 ? Status.DAT : (dir == Direction.AT_LEAST ? Status.VUOT : Status.CHUA_DAT), head);
		}
		BigDecimal hundred = BigDecimal.valueOf(100);
		BigDecimal rel = v.subtract(target).multiply(hundred).divide(target, decimals, RoundingMode.HALF_UP);
		BigDecimal reached = v.multiply(hundred).divide(target, decimals, RoundingMode.HALF_UP);
		int c = v.compareTo(target);
		Status status = dir == Direction.AT_MOST ? (c <= 0 ? Status.DAT : Status.CHUA_DAT)
				: (c > 0 ? Status.VUOT : c == 0 ? Status.DAT : Status.CHUA_DAT);
		if (wording == Wording.SHARE_ONLY) {
			return new Result(v, rel, status, head);
		}
		String word = say("targets.phrase.word." + wording.name());
		String key;
		BigDecimal shown;
		if (dir == Direction.AT_MOST) {
			key = c <= 0 ? "targets.phrase.countWithinMaxOf" : "targets.phrase.countAboveMaxOf";
			shown = c <= 0 ? reached : rel;
		}
		else {
			key = c > 0 ? "targets.phrase.countExceededOf"
					: c == 0 ? "targets.phrase.countMetOf" : "targets.phrase.countBelowOf";
			shown = c > 0 ? rel : reached;
		}
		return new Result(v, rel, status, say(key, head, pct(shown, decimals), word));
	}

	/**
	 * value: percent (ratios) or count; difference: percentage points (ratios) or
	 * relative percent (counts); null without a target.
	 */
	public record Result(BigDecimal value, BigDecimal difference, Status status, String phrase) {
	}

}
