package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.HistoryEntry;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.people.WorkHistory;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The work histories (item 28), written last so that they end with the post each person
 * holds today: the rows drawn before the reform, the last one closed and followed by the
 * current post when the reform or the decisions after it changed the unit or the title.
 */
final class DemoWork {

	private final PersonService people;

	private final UnitService units;

	private final Catalogs catalogs;

	DemoWork(PersonService people, UnitService units, Catalogs catalogs) {
		this.people = people;
		this.units = units;
		this.catalogs = catalogs;
	}

	void write(DemoStaff staff, LocalDate today) {
		List<Long> ids = new ArrayList<>(staff.before.keySet());
		Map<Long, List<Position>> now = people.positionsOn(ids, today, Scope.all());
		Map<Long, UnitView> names = units.findAll(now.values()
			.stream()
			.flatMap(List::stream)
			.filter(p -> !p.concurrent())
			.map(Position::unitId)
			.distinct()
			.toList(), today);
		List<HistoryEntry<WorkHistory>> entries = new ArrayList<>();
		for (Long id : ids) {
			DemoStaff.Before b = staff.before.get(id);
			List<WorkHistory> w = new ArrayList<>(b.work());
			Position main = now.get(id).stream().filter(p -> !p.concurrent()).findFirst().orElse(null);
			if (main != null && !w.isEmpty()
					&& (main.unitId() != b.unitId() || !main.titleCode().equals(b.titleCode()))) {
				WorkHistory last = w.remove(w.size() - 1);
				LocalDate end = main.validFrom().minusMonths(1);
				w.add(new WorkHistory(null, last.from(), PartialDate.ofMonth(end.getYear(), end.getMonthValue()),
						last.description(), last.unitText()));
				UnitView unit = names.get(main.unitId());
				w.add(new WorkHistory(null,
						PartialDate.ofMonth(main.validFrom().getYear(), main.validFrom().getMonthValue()), null,
						main.titleText() != null ? main.titleText()
								: catalogs.name(CatalogType.TITLE, main.titleCode()),
						unit == null ? null : unit.name()));
			}
			w.forEach(x -> entries.add(new HistoryEntry<>(id, x)));
		}
		people.addAll(HistoryKind.WORK_HISTORY, entries, Scope.all());
	}

}
