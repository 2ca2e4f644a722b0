package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.canbo.shared.Scope;

/**
 * The home page figures for the user's scope on a date: key figures, distributions,
 * ratios against targets.
 */
@Service
public class Dashboard {

	private final StatisticsService stats;

	private final ObjectProvider<DashboardTargets> targets;

	Dashboard(StatisticsService stats, ObjectProvider<DashboardTargets> targets) {
		this.stats = stats;
		this.targets = targets;
	}

	/** Key figures; percentages of the headcount. */
	public record KeyFigures(long headcount, long women, BigDecimal womenPct, long party, BigDecimal partyPct,
			long minority, BigDecimal minorityPct, BigDecimal averageAge, long under35, BigDecimal under35Pct) {
	}

	/** A ratio with its target when the targets module gives one. */
	public record Ratio(String code, String label, long count, long of, BigDecimal percent,
			DashboardTargets.Target target, String drill) {

		/** True/false against the target; null without a target. */
		public Boolean met() {
			if (target == null || percent == null) {
				return null;
			}
			int c = percent.compareTo(target.percent());
			return target.atLeast() ? c >= 0 : c <= 0;
		}
	}

	public record View(LocalDate asOf, KeyFigures figures, StatisticsTable pyramid, StatisticsTable education,
			StatisticsTable theory, List<Ratio> ratios, List<DashboardTargets.PlanLine> plans) {
	}

	private static final Layout KEY = new Layout("DASHBOARD", "Tổng quan", Dim.TOTAL,
			List.of(new Layout.Column(null, "Nữ", Dim.GENDER, List.of("FEMALE"), null),
					new Layout.Column(null, "Đảng viên", Dim.PARTY, List.of("YES"), null),
					new Layout.Column(null, "Dân tộc thiểu số", Dim.MINORITY, List.of("MINORITY"), null),
					new Layout.Column(null, "Dưới 35 tuổi", Dim.AGE, PeopleFigures.ages(0, 34), null),
					new Layout.Column(null, "Tuổi bình quân", null, null, "AVG_AGE")),
			null);

	public View view(Scope scope, LocalDate asOf) {
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		Population all = Population.adHoc(null, null, null, d);
		StatisticsTable key = stats.layout(KEY, all, d, Dim.TOTAL, scope);
		StatisticsTable.Row t = key.total();
		long n = t.total();
		long women = t.cells().get(0).count();
		long party = t.cells().get(1).count();
		long minority = t.cells().get(2).count();
		long young = t.cells().get(3).count();
		KeyFigures f = new KeyFigures(n, women, StatisticsService.percent(women, n), party,
				StatisticsService.percent(party, n), minority, StatisticsService.percent(minority, n),
				t.cells().get(4).value(), young, StatisticsService.percent(young, n));
		StatisticsTable pyramid = stats.pivot(all, d, Dim.AGE_BAND_PARTY, Dim.GENDER, Map.of(), scope);
		StatisticsTable education = stats.pivot(all, d, Dim.PROFESSIONAL, Dim.TOTAL, Map.of(), scope);
		StatisticsTable theory = stats.pivot(all, d, Dim.POLITICAL_THEORY, Dim.TOTAL, Map.of(), scope);
		List<Ratio> ratios = new ArrayList<>();
		ratios.add(ratio("PEOPLE_WOMEN", women, n, scope, d, "cd=GENDER&cv=FEMALE"));
		ratios.add(ratio("PEOPLE_UNDER_35", young, n, scope, d,
				"cd=AGE&cv=" + String.join("%2C", PeopleFigures.ages(0, 34))));
		List<DashboardTargets.PlanLine> plans = Optional.ofNullable(targets.getIfAvailable())
			.map(dt -> dt.plans(scope, d))
			.orElse(List.of());
		return new View(d, f, pyramid, education, theory, ratios, plans);
	}

	private Ratio ratio(String code, long count, long of, Scope scope, LocalDate d, String drill) {
		String label = Messages.text("reports.ratio." + code);
		DashboardTargets.Target target = Optional.ofNullable(targets.getIfAvailable())
			.flatMap(t -> t.target(code, scope, d))
			.orElse(null);
		return new Ratio(code, label, count, of, StatisticsService.percent(count, of), target, drill);
	}

}
