package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleChecks;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * "Không hoàn thành nhiệm vụ" N consecutive years (parameter
 * {@code alerts.incomplete_consecutive_years}, 2; §7.4, APP-10): the final annual ratings
 * ({@link vn.canbo.rules.RatingFacts}) of the N years ending with the year before the
 * start date, or with the start date's year when that year is already rated, are all
 * KHTNV. The alert calls for miễn nhiệm or cho thôi làm nhiệm vụ
 * ({@link DecisionType#DISMISSAL}) for a cán bộ or a leader (someone holding a post with
 * a term of office), and for buộc thôi việc ({@link DecisionType#RESIGNATION}) for a công
 * chức; no alert for the other categories. It stays while the person works in the scope
 * and those years remain the latest.
 */
@Component
@Order(3)
class IncompleteRatingAlerts implements AlertSource {

	private final RuleChecks rules;

	private final PersonService people;

	IncompleteRatingAlerts(RuleChecks rules, PersonService people) {
		this.rules = rules;
		this.people = people;
	}

	@Override
	public Set<Alerts.Kind> kinds() {
		return Set.of(Alerts.Kind.INCOMPLETE_RATINGS);
	}

	@Override
	public List<Alerts.Alert> list(Collection<Long> unitIds, LocalDate start, LocalDate end) {
		int n = Math.max(1, rules.parameters().intValue("alerts.incomplete_consecutive_years", start));
		// the latest year of the streak: this year when rated, otherwise last year
		Map<Long, Integer> lastYear = new LinkedHashMap<>();
		int thisYear = start.getYear();
		for (int y : List.of(thisYear, thisYear - 1)) {
			for (long id : rules.ratings().incompleteEveryYear(null, y - n + 1, y)) {
				// a streak ending last year is not the latest once this year has a final
				// rating
				if (y == thisYear || !lastYear.containsKey(id)
						&& rules.ratings().finalRatings(id, thisYear, thisYear).isEmpty()) {
					lastYear.putIfAbsent(id, y);
				}
			}
		}
		List<Alerts.Alert> out = new ArrayList<>();
		for (Map.Entry<Long, Integer> e : lastYear.entrySet()) {
			PersonView p;
			try {
				p = people.get(e.getKey(), start, Scope.all());
			}
			catch (NotFoundException gone) {
				continue;
			}
			Position main = p.mainPosition();
			if (main == null || (unitIds != null && !unitIds.contains(main.unitId()))) {
				continue;
			}
			DecisionType type = draftType(p);
			if (type == null) {
				continue;
			}
			int last = e.getValue();
			String years = IntStream.rangeClosed(last - n + 1, last)
				.mapToObj(String::valueOf)
				.collect(Collectors.joining(", "));
			LocalDate due = LocalDate.of(last, 12, 31);
			String detail = Messages.text(type == DecisionType.DISMISSAL ? "career.alert.incompleteDismissal"
					: "career.alert.incompleteTermination", String.valueOf(n), years);
			out.add(new Alerts.Alert(Alerts.Kind.INCOMPLETE_RATINGS, p.id(), p.person().data().fullName(),
					main.unitId(), null, due, due, detail, type, type == DecisionType.DISMISSAL ? post(p) : null,
					null));
		}
		return out;
	}

	/**
	 * Miễn nhiệm / cho thôi làm nhiệm vụ for a cán bộ or a leader, buộc thôi việc for a
	 * công chức; null for the others.
	 */
	static DecisionType draftType(PersonView p) {
		PersonCategory c = p.person().data().category();
		if (c == PersonCategory.CADRE || termedPost(p) != null) {
			return DecisionType.DISMISSAL;
		}
		return c == PersonCategory.CIVIL_SERVANT ? DecisionType.RESIGNATION : null;
	}

	/** The post with a term of office the person holds (main first), or null. */
	static Long termedPost(PersonView p) {
		return p.currentPositions()
			.stream()
			.filter(x -> x.termEnd() != null)
			.sorted(java.util.Comparator.comparing(x -> Boolean.TRUE.equals(x.concurrent())))
			.map(Position::id)
			.findFirst()
			.orElse(null);
	}

	/** The post the dismissal concerns: the termed one, otherwise the main one. */
	static Long post(PersonView p) {
		Long t = termedPost(p);
		return t != null || p.mainPosition() == null ? t : p.mainPosition().id();
	}

}
