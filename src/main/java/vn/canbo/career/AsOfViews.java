package vn.canbo.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * "Who held which position in which unit with which salary on date D": for a person, a
 * unit (optionally its subtree) and a whole scope. Restructurings are followed (positions
 * carried over to successor units; a scope rooted in a new commune covers, before its
 * creation, the communes merged into it).
 */
@Service
public class AsOfViews {

	/** A person's posts and salary on the date. */
	public record PersonAsOf(long personId, String fullName, LocalDate asOf, Position mainPosition,
			List<Position> positions, Salary salary) {
	}

	/** A post held on the date. */
	public record Holding(long personId, String fullName, long unitId, String unitName, String titleCode,
			String titleText, boolean concurrent, LocalDate validFrom, LocalDate validTo, LocalDate termEnd,
			String rankCode, Integer step, BigDecimal coefficient, Long decisionId) {
	}

	private final PersonService people;

	private final CareerFacts facts;

	private final Units units;

	AsOfViews(PersonService people, CareerFacts facts, Units units) {
		this.people = people;
		this.facts = facts;
		this.units = units;
	}

	@Transactional(readOnly = true)
	public PersonAsOf person(long personId, LocalDate asOf, Scope scope) {
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		PersonView v = people.get(personId, d, scope);
		return new PersonAsOf(personId, v.person().data().fullName(), d, v.mainPosition(), v.currentPositions(),
				v.currentSalary());
	}

	/**
	 * Holders in a unit (and its subtree when asked) on the date; the unit must exist
	 * then and be in the scope.
	 */
	@Transactional(readOnly = true)
	public PageResult<Holding> unit(long unitId, LocalDate asOf, boolean subtree, Scope scope, int page, int size) {
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		if (units.find(unitId, d).isEmpty() || !units.inScope(unitId, scope, d)) {
			throw new NotFoundException(
					Messages.text("career.error.unitNotFoundOn", String.valueOf(unitId), DecisionService.VN.format(d)));
		}
		Collection<Long> ids = subtree ? units.subtreeIds(Set.of(unitId), d) : Set.of(unitId);
		return page(ids, d, page, size);
	}

	/** Every holder in the scope on the date, paged. */
	@Transactional(readOnly = true)
	public PageResult<Holding> scope(LocalDate asOf, Scope scope, int page, int size) {
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		return page(units.scopeUnitIds(scope, d).orElse(null), d, page, size);
	}

	private PageResult<Holding> page(Collection<Long> unitIds, LocalDate d, int page, int size) {
		PageResult<CareerFacts.Holder> r = facts.holders(unitIds, d, Math.max(0, page),
				Math.max(1, Math.min(size, 500)));
		Map<Long, UnitView> names = units
			.findAll(r.items().stream().map(h -> h.position().unitId()).distinct().toList(), d);
		return r.map(h -> new Holding(h.personId(), h.fullName(), h.position().unitId(),
				names.containsKey(h.position().unitId()) ? names.get(h.position().unitId()).name()
						: "#" + h.position().unitId(),
				h.position().titleCode(), h.position().titleText(), h.position().concurrent(), h.position().validFrom(),
				h.position().validTo(), h.position().termEnd(), h.rankCode(), h.step(), h.coefficient(),
				h.decisionId()));
	}

}
