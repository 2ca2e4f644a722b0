package vn.canbo.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.canbo.reports.SummarySection;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * The summary report's indicator sentences: every indicator of the unit's programmes
 * running in the period; a manual value's sentence names its source.
 */
@Component
class TargetsInSummary implements SummarySection {

	private final Programmes programmes;

	TargetsInSummary(Programmes programmes) {
		this.programmes = programmes;
	}

	@Override
	public List<Line> lines(Scope scope, long unitId, LocalDate from, LocalDate to, LocalDate asOf) {
		List<Line> out = new ArrayList<>();
		for (Programme p : programmes.forUnit(unitId, from, to, scope)) {
			for (Achievement a : programmes.achievements(p.id(), asOf, scope)) {
				String text = a.indicator().manual() && a.source() != null
						? Messages.text(Messages.VIETNAMESE, "targets.summaryWithSource", a.phrase(), a.source())
						: a.phrase();
				out.add(new Line(a.indicator().name() + " (" + p.code() + ")", text,
						a.drillDown() != null ? a.drillDown() : "/targets/" + p.id() + "?date=" + asOf));
			}
		}
		return out;
	}

}
