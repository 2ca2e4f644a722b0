package vn.canbo.career;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.rules.RuleChecks;

/** The effect of every {@link DecisionType.Effect}. */
final class DecisionEffects {

	private final Map<DecisionType.Effect, DecisionEffect> byEffect = new EnumMap<>(DecisionType.Effect.class);

	DecisionEffects(DecisionRows rows, PersonService people, CareerFacts facts, Units units, Catalogs catalogs,
			RuleChecks rules, AuditLog audit, Supplier<String> user, LongFunction<Decision> load) {
		for (DecisionEffect e : List.of(new OpenEffect(people, facts, rules), new RenewEffect(people, facts, rules),
				new CloseOneEffect(facts), new CloseAllEffect(facts, rules),
				new SalaryEffect(rows, people, facts, units, catalogs, rules), new RecordEffect(rules),
				new UndoEffect(rows, facts, audit, user, load), new AmendEffect(rows, facts, user, load))) {
			if (byEffect.put(e.effect(), e) != null) {
				throw new IllegalStateException("Two implementations of " + e.effect());
			}
		}
		for (DecisionType.Effect e : DecisionType.Effect.values()) {
			if (!byEffect.containsKey(e)) {
				throw new IllegalStateException("No implementation of " + e);
			}
		}
	}

	DecisionEffect of(DecisionType type) {
		return byEffect.get(type.effect());
	}

}
