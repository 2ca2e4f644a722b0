package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;

/**
 * Builds the dossier view as of a date, with unit names as they were when each position
 * was held.
 */
@Component
class ViewAssembler {

	private final HistoryRows history;

	private final Units units;

	ViewAssembler(HistoryRows history, Units units) {
		this.history = history;
		this.units = units;
	}

	PersonView view(Person person, LocalDate asOf) {
		long id = person.id();
		return complete(new PersonView(person, asOf, null, false, null, null, null, history.positions(id),
				history.salaries(id), history.list(HistoryKind.QUALIFICATION, id),
				history.list(HistoryKind.TRAINING, id), history.list(HistoryKind.WORK_HISTORY, id),
				history.list(HistoryKind.AWARD, id), history.list(HistoryKind.DISCIPLINE, id),
				history.list(HistoryKind.FAMILY, id), history.list(HistoryKind.HISTORY_NOTE, id),
				history.list(HistoryKind.MASS_ORG, id), history.list(HistoryKind.RETIREMENT_CATEGORY, id)));
	}

	/**
	 * The view of the given histories as of {@code raw.asOf()}: unit names filled in, the
	 * age, the Party membership, the positions and the salary valid on the date.
	 */
	PersonView complete(PersonView raw) {
		return complete(raw, named(raw.positions(), raw.asOf()));
	}

	/**
	 * {@link #complete(PersonView)} of many views of one date, the unit names read once
	 * for all of them (one look-up per distinct naming date).
	 */
	List<PersonView> completeAll(List<PersonView> raws, LocalDate asOf) {
		List<Position> all = new ArrayList<>();
		raws.forEach(r -> all.addAll(r.positions()));
		List<Position> named = named(all, asOf);
		List<PersonView> out = new ArrayList<>(raws.size());
		int i = 0;
		for (PersonView r : raws) {
			int n = r.positions().size();
			out.add(complete(r, named.subList(i, i + n)));
			i += n;
		}
		return out;
	}

	private PersonView complete(PersonView raw, List<Position> positions) {
		LocalDate asOf = raw.asOf();
		Person person = raw.person();
		List<Position> current = positions.stream()
			.filter(p -> p.validOn(asOf))
			.sorted(Comparator.comparing(Position::concurrent))
			.toList();
		Position main = current.stream().filter(p -> !p.concurrent()).findFirst().orElse(null);
		Salary salary = raw.salaries().stream().filter(s -> s.validOn(asOf)).findFirst().orElse(null);
		return new PersonView(person, asOf, Dates.age(person.data().birthDate(), asOf),
				person.data().partyMemberOn(asOf), main, current, salary, positions, raw.salaries(),
				raw.qualifications(), raw.trainings(), raw.workHistory(), raw.awards(), raw.disciplines(), raw.family(),
				raw.historyNotes(), raw.massOrgs(), raw.retirementCategories());
	}

	/**
	 * Fills unit names: for a position valid at asOf the name at asOf, otherwise the name
	 * on its last (or first) day.
	 */
	List<Position> named(List<Position> positions, LocalDate asOf) {
		Map<LocalDate, Set<Long>> byDate = new HashMap<>();
		List<LocalDate> dates = new ArrayList<>();
		for (Position p : positions) {
			LocalDate d = nameDate(p, asOf);
			dates.add(d);
			byDate.computeIfAbsent(d, k -> new java.util.HashSet<>()).add(p.unitId());
		}
		Map<LocalDate, Map<Long, UnitView>> names = byDate.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, en -> units.findAll(en.getValue(), en.getKey())));
		List<Position> out = new ArrayList<>(positions.size());
		for (int i = 0; i < positions.size(); i++) {
			Position p = positions.get(i);
			UnitView u = names.get(dates.get(i)).get(p.unitId());
			out.add(withUnitName(p, u == null ? null : u.name()));
		}
		return out;
	}

	static LocalDate nameDate(Position p, LocalDate asOf) {
		if (p.validOn(asOf)) {
			return asOf;
		}
		return p.validTo() != null && !p.validTo().isAfter(asOf) ? p.validTo().minusDays(1) : p.validFrom();
	}

	static Position withUnitName(Position p, String unitName) {
		return new Position(p.id(), p.unitId(), unitName, p.titleCode(), p.titleText(), p.concurrent(), p.partyPost(),
				p.validFrom(), p.validTo(), p.termStart(), p.termEnd(), p.decisionNumber(), p.decisionDate(),
				p.restructuringId(), p.note());
	}

}
