package vn.canbo.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;
import vn.canbo.targets.Achievement.Status;
import vn.canbo.targets.Indicator.Direction;

/**
 * The standard Vietnamese sentences of an achievement. Percentages are computed from
 * counts, rounded HALF_UP to two decimals, then written with Vietnamese separators and
 * WITHOUT trailing zeros ("42,5%", "15%", "16,22%"): this is how reports write them (the
 * issue's own example "đạt 42,5% chỉ tiêu"), and it is applied to every percentage of
 * every sentence for consistency (tables elsewhere keep two decimals, 17,07%).
 * <ul>
 * <li>ratio / share: "6/37 đồng chí, đạt 16,22%, vượt 1,22% so với chỉ tiêu" (difference
 * in percentage points); "…, đạt 15%, đạt chỉ tiêu"; below: "…, đạt 13,51%, thấp hơn
 * 1,49% so với chỉ tiêu"; at most: "…, chiếm 3%, trong giới hạn chỉ tiêu (không quá 5%)"
 * / "…, cao hơn 1% so với chỉ tiêu";</li>
 * <li>count: "kết nạp 1.210 đảng viên, vượt 8,42% kế hoạch" ((1210 − 1116) / 1116);
 * equal: "…, đạt 100% kế hoạch"; below: "kết nạp 17 đảng viên, đạt 42,5% chỉ tiêu" (value
 * / target).</li>
 * </ul>
 * Status: AT_LEAST — above VƯỢT, equal ĐẠT, below CHƯA ĐẠT; AT_MOST — at or below ĐẠT,
 * above CHƯA ĐẠT.
 */
public final class Phrasing {

	private Phrasing() {
	}

	/**
	 * HALF_UP to 2 decimals, Vietnamese separators, trailing zeros stripped, with "%".
	 */
	public static String pct(BigDecimal v) {
		return v == null ? "" : Formats.number(v.setScale(2, RoundingMode.HALF_UP)) + "%";
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

	static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part)
					.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/** A ratio or share: count among of against a percent target. */
	public static Result ratio(long count, long of, BigDecimal target, Direction dir, String noun) {
		String n = noun == null || noun.isBlank() ? say("targets.phrase.defaultNoun") : noun.strip();
		String head = num(count) + "/" + num(of) + " " + n;
		BigDecimal value = percent(count, of);
		if (value == null) {
			return new Result(null, null, Status.KHONG_CO_SO_LIEU, say("targets.phrase.noData", head));
		}
		BigDecimal diff = value.subtract(target.setScale(2, RoundingMode.HALF_UP));
		int c = diff.signum();
		if (dir == Direction.AT_MOST) {
			return c <= 0
					? new Result(value, diff, Status.DAT,
							say("targets.phrase.withinLimit", head, pct(value), pct(target)))
					: new Result(value, diff, Status.CHUA_DAT,
							say("targets.phrase.aboveLimit", head, pct(value), pct(diff)));
		}
		if (c > 0) {
			return new Result(value, diff, Status.VUOT, say("targets.phrase.exceeded", head, pct(value), pct(diff)));
		}
		if (c == 0) {
			return new Result(value, diff, Status.DAT, say("targets.phrase.met", head, pct(value)));
		}
		return new Result(value, diff, Status.CHUA_DAT,
				say("targets.phrase.below", head, pct(value), pct(diff.negate())));
	}

	/**
	 * A count in a period against a planned count; the difference is relative: (value −
	 * target) / target × 100.
	 */
	public static Result count(long value, BigDecimal target, Direction dir, String verb, String noun) {
		String head = ((verb == null || verb.isBlank()) ? "" : verb.strip() + " ") + num(value)
				+ (noun == null || noun.isBlank() ? "" : " " + noun.strip());
		BigDecimal v = BigDecimal.valueOf(value);
		if (target.signum() == 0) {
			return new Result(v, null,
					value == 0 ? Status.DAT : (dir == Direction.AT_LEAST ? Status.VUOT : Status.CHUA_DAT), head);
		}
		BigDecimal rel = v.subtract(target).multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
		BigDecimal reached = v.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
		int c = v.compareTo(target);
		if (dir == Direction.AT_MOST) {
			return c <= 0 ? new Result(v, rel, Status.DAT, say("targets.phrase.countWithinMax", head, pct(reached)))
					: new Result(v, rel, Status.CHUA_DAT, say("targets.phrase.countAboveMax", head, pct(rel)));
		}
		if (c > 0) {
			return new Result(v, rel, Status.VUOT, say("targets.phrase.countExceeded", head, pct(rel)));
		}
		if (c == 0) {
			return new Result(v, rel, Status.DAT, say("targets.phrase.countMet", head));
		}
		return new Result(v, rel, Status.CHUA_DAT, say("targets.phrase.countBelow", head, pct(reached)));
	}

	/**
	 * value: percent (ratios) or count; difference: percentage points (ratios) or
	 * relative percent (counts).
	 */
	public record Result(BigDecimal value, BigDecimal difference, Status status, String phrase) {
	}

}
