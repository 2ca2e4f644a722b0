package vn.canbo.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.canbo.shared.Messages;
import vn.canbo.targets.Achievement;
import vn.canbo.targets.Indicator;

/**
 * The plan's targets as targets indicators: per course kind a COUNT_IN_PERIOD indicator
 * on TRAINING_TURNS (code {@code TURNS_<kind>}) and one on TRAINING_PERSONS
 * ({@code PERSONS_<kind>}), filtered by COURSE_KIND, phrased against the plan ("cử 120
 * lượt cán bộ đi đào tạo, bồi dưỡng trung cấp lý luận chính trị, đạt 96% kế hoạch"); and
 * back from the achievements to the plan's lines.
 */
final class PlanIndicators {

	static final String TURNS = "TURNS_";

	static final String PERSONS = "PERSONS_";

	private PlanIndicators() {
	}

	/** The indicator of a kind's target (id: the existing one's, or null). */
	static Indicator indicator(Long id, CourseKind kind, boolean persons, long target) {
		String label = vi("training.kind." + kind.name());
		String what = label.startsWith("Bồi dưỡng ") ? label.substring("Bồi dưỡng ".length()) : label;
		what = Character.toLowerCase(what.charAt(0)) + what.substring(1);
		String noun = vi(persons ? "training.plan.nounPersons" : "training.plan.nounTurns", what);
		String name = vi(persons ? "training.plan.namePersons" : "training.plan.nameTurns", label);
		return new Indicator(id, (persons ? PERSONS : TURNS) + kind.name(), name, Indicator.Kind.COUNT_IN_PERIOD,
				Indicator.Direction.AT_LEAST, BigDecimal.valueOf(target),
				persons ? TrainingFigures.PERSONS : TrainingFigures.TURNS, null, null, null, false,
				vi("training.plan.verb"), noun, null, kind.ordinal() * 2 + (persons ? 1 : 0),
				Indicator.Wording.AGAINST_PLAN, 2, Map.of("COURSE_KIND", List.of(kind.name())));
	}

	/** Whether the stored indicator already says what the new one says. */
	static boolean same(Indicator a, Indicator b) {
		return a.targetValue() != null && a.targetValue().compareTo(b.targetValue()) == 0 && a.name().equals(b.name())
				&& a.figureFilter().equals(b.figureFilter()) && a.figureCode().equals(b.figureCode())
				&& java.util.Objects.equals(a.noun(), b.noun());
	}

	/** The plan's lines from the achievements of its indicators, in the kinds' order. */
	static List<TrainingPlan.Line> lines(List<Achievement> achievements) {
		List<TrainingPlan.Line> out = new ArrayList<>();
		for (CourseKind k : CourseKind.values()) {
			Achievement t = find(achievements, TURNS + k.name());
			Achievement p = find(achievements, PERSONS + k.name());
			if (t == null && p == null) {
				continue;
			}
			out.add(new TrainingPlan.Line(k, k.label(), target(t), t == null ? 0 : t.count(), percent(t),
					t == null ? null : t.phrase(), target(p), p == null ? 0 : p.count(), percent(p),
					p == null ? null : p.phrase()));
		}
		return out;
	}

	private static Achievement find(List<Achievement> all, String code) {
		return all.stream().filter(a -> code.equals(a.indicator().code())).findFirst().orElse(null);
	}

	private static Long target(Achievement a) {
		return a == null || a.target() == null ? null : a.target().longValue();
	}

	private static BigDecimal percent(Achievement a) {
		if (a == null || a.target() == null || a.target().signum() == 0) {
			return null;
		}
		return BigDecimal.valueOf(a.count())
			.multiply(BigDecimal.valueOf(100))
			.divide(a.target(), 2, RoundingMode.HALF_UP);
	}

	private static String vi(String key, Object... args) {
		return Messages.text(Messages.VIETNAMESE, key, args);
	}

}
