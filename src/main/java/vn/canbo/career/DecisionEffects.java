package vn.canbo.career;

import java.util.EnumMap;
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
		byEffect.put(DecisionType.Effect.OPEN, new OpenEffect(people, facts, rules));
		byEffect.put(DecisionType.Effect.RENEW, new RenewEffect(people, facts, rules));
		byEffect.put(DecisionType.Effect.CLOSE_ONE, new CloseOneEffect(facts));
		byEffect.put(DecisionType.Effect.CLOSE_ALL, new CloseAllEffect(facts, rules));
		byEffect.put(DecisionType.Effect.SALARY, new SalaryEffect(rows, people, facts, units, catalogs, rules,
				new vn.canbo.rules.RaiseDelays(rules, catalogs)));
		byEffect.put(DecisionType.Effect.RECORD, new RecordEffect(rules));
		byEffect.put(DecisionType.Effect.UNDO, new UndoEffect(rows, facts, audit, user, load));
		byEffect.put(DecisionType.Effect.AMEND, new AmendEffect(rows, facts, user, load));
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
