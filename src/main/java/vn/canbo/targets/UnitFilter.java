package vn.canbo.targets;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import vn.canbo.org.Units;
import vn.canbo.shared.Scope;

/**
 * The units a query of this module is limited to (empty: every unit): the condition on a
 * column and its parameter {@code :u}.
 */
record UnitFilter(Optional<Set<Long>> unitIds) {

	/** The units of the scope on the date. */
	static UnitFilter of(Units units, Scope scope, LocalDate on) {
		return new UnitFilter(units.scopeUnitIds(scope, on));
	}

	/** The scope's root units themselves (every unit for an unrestricted scope). */
	static UnitFilter roots(Scope scope) {
		return new UnitFilter(scope.unrestricted() ? Optional.empty() : Optional.of(scope.rootUnitIds()));
	}

	/** {@code " and <column> = any(:u)"}, or nothing for every unit. */
	String on(String column) {
		return unitIds.isPresent() ? " and " + column + " = any(:u)" : "";
	}

	StatementSpec bind(StatementSpec q) {
		return unitIds.isPresent() ? q.param("u", unitIds.get().toArray(Long[]::new)) : q;
	}

}
