package vn.canbo.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import jakarta.annotation.PostConstruct;
import vn.canbo.people.Gender;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/**
 * Effective-dated rule parameters (table {@code rule_parameter}): read by everyone,
 * changed by administrators.
 */
@Service
public class RuleParameters {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final Holidays holidays;

	private final ParameterCache cache;

	RuleParameters(JdbcClient jdbc, AuditLog audit, CurrentUser currentUser, Holidays holidays) {
		this.jdbc = jdbc;
		this.cache = new ParameterCache(jdbc);
		this.audit = audit;
		this.currentUser = currentUser;
		this.holidays = holidays;
	}

	/**
	 * Reads the retirement roadmap (every version of {@code retire.roadmap.male|female})
	 * and installs it as the data of {@link Retirement}; done at start-up and after each
	 * transaction that changed it (committed or rolled back).
	 */
	@PostConstruct
	public void loadRetirementRoadmap() {
		Map<Gender, List<RuleParameter>> versions = new EnumMap<>(Gender.class);
		for (Gender g : Gender.values()) {
			versions.put(g,
					jdbc.sql("select * from rule_parameter where key = ? order by effective_from")
						.param(RetirementRoadmap.key(g))
						.query(RuleParameters::row)
						.list());
		}
		Integer max = jdbc.sql("""
				select max(cast(value as integer)) from rule_parameter
				where key in ('retire.earlier_max_months', 'retire.later_max_months') and value ~ '^[0-9]+$'""")
			.query(Integer.class)
			.optional()
			.orElse(0);
		Retirement.use(RetirementRoadmap.of(versions, max == null ? 0 : max));
	}

	/**
	 * The version in force on the date. Read once per transaction
	 * ({@link ParameterCache}).
	 */
	public Optional<RuleParameter> find(String key, LocalDate on) {
		Optional<RuleParameter> cached = cache.get(key, on, false);
		return cached != null ? cached : jdbc
			.sql("""
					select * from rule_parameter where key = ? and effective_from <= ? and (effective_to is null or effective_to > ?)""")
			.params(key, on, on)
			.query(RuleParameters::row)
			.optional();
	}

	/**
	 * The version in force on the date; if none yet (a date before the first version),
	 * the earliest one.
	 */
	public RuleParameter get(String key, LocalDate on) {
		Optional<RuleParameter> cached = cache.get(key, on, true);
		return (cached != null ? cached : find(key, on))
			.or(() -> jdbc.sql("select * from rule_parameter where key = ? order by effective_from limit 1")
				.param(key)
				.query(RuleParameters::row)
				.optional())
			.orElseThrow(() -> new NotFoundException(Messages.text("rules.error.unknownKey", key)));
	}

	public int intValue(String key, LocalDate on) {
		return get(key, on).intValue();
	}

	public List<String> listValue(String key, LocalDate on) {
		return Arrays.stream(get(key, on).value().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * The working-day calendar: the fixed holidays of {@code calendar.holidays} in force
	 * on the date and each year's holiday calendar ({@link Holidays}). Every working-day
	 * deadline is counted with it.
	 */
	public WorkingDays calendar(LocalDate on) {
		return new WorkingDays(listValue("calendar.holidays", on), holidays::days);
	}

	/**
	 * Every parameter in force on the date (or its earliest version), ordered by rule.
	 */
	public List<RuleParameter> list(LocalDate on) {
		return jdbc
			.sql("""
					select distinct on (key) * from rule_parameter
					order by key, (effective_from <= :d and (effective_to is null or effective_to > :d)) desc, effective_from""")
			.param("d", on)
			.query(RuleParameters::row)
			.list()
			.stream()
			.sorted((a, b) -> a.ruleId().equals(b.ruleId()) ? a.key().compareTo(b.key())
					: a.ruleId().compareTo(b.ruleId()))
			.toList();
	}

	/**
	 * Every version of every parameter, oldest first, by key in the order of
	 * {@link #list(LocalDate)}.
	 */
	public Map<String, List<RuleParameter>> versions(LocalDate on) {
		Map<String, List<RuleParameter>> out = new LinkedHashMap<>();
		for (RuleParameter p : list(on)) {
			out.put(p.key(), new ArrayList<>());
		}
		jdbc.sql("select * from rule_parameter order by key, effective_from")
			.query(RuleParameters::row)
			.list()
			.forEach(p -> out.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
		return out;
	}

	/** Every version of a parameter, newest first. */
	public List<RuleParameter> history(String key) {
		List<RuleParameter> all = jdbc.sql("select * from rule_parameter where key = ? order by effective_from desc")
			.param(key)
			.query(RuleParameters::row)
			.list();
		if (all.isEmpty()) {
			throw new NotFoundException(Messages.text("rules.error.unknownKey", key));
		}
		return all;
	}

	/**
	 * A change: value, mode and legal basis from {@code effectiveFrom}; the version in
	 * force then is closed.
	 */
	public record Change(String value, RuleMode mode, String legalBasis, LocalDate effectiveFrom, String note) {
	}

	@Transactional
	public RuleParameter change(String key, Change c) {
		List<RuleParameter> versions = history(key);
		RuleParameter latest = versions.get(0);
		List<FieldError> errors = new ArrayList<>();
		if (c.value() == null || c.value().isBlank()) {
			errors.add(new FieldError("value", Messages.text("rules.error.valueRequired")));
		}
		else if (latest.value().strip().matches("-?\\d+") && !c.value().strip().matches("\\d+")) {
			errors.add(new FieldError("value", Messages.text("rules.error.valueNotNumber"), c.value()));
		}
		else if (c.value().length() > 1000) {
			errors.add(new FieldError("value", Messages.text("rules.error.valueTooLong")));
		}
		else if (key.startsWith("retire.roadmap.")) {
			try {
				RetirementRoadmap.parse(c.value());
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldError("value", Messages.text("rules.error.roadmapValue"), c.value()));
			}
		}
		if (c.mode() == null) {
			errors.add(new FieldError("mode", Messages.text("rules.error.modeRequired")));
		}
		if (c.legalBasis() == null || c.legalBasis().isBlank()) {
			errors.add(new FieldError("legalBasis", Messages.text("rules.error.legalBasisRequired")));
		}
		if (c.effectiveFrom() == null) {
			errors.add(new FieldError("effectiveFrom", Messages.text("rules.error.effectiveFromRequired")));
		}
		else if (!c.effectiveFrom().isAfter(latest.effectiveFrom())) {
			errors.add(new FieldError("effectiveFrom",
					Messages.text("rules.error.effectiveFromAfter", String.valueOf(latest.effectiveFrom())),
					c.effectiveFrom()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		cache.changed();
		jdbc.sql("update rule_parameter set effective_to = ? where id = ?")
			.params(c.effectiveFrom(), latest.id())
			.update();
		long id = jdbc
			.sql("""
					insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(key, latest.ruleId(), latest.name(), c.value().strip(), c.mode().name(), c.legalBasis().strip(),
					c.effectiveFrom(),
					latest.effectiveTo() != null && latest.effectiveTo().isAfter(c.effectiveFrom())
							? latest.effectiveTo() : null,
					c.note(), currentUser.username())
			.query(Long.class)
			.single();
		RuleParameter saved = jdbc.sql("select * from rule_parameter where id = ?")
			.param(id)
			.query(RuleParameters::row)
			.single();
		if (key.startsWith("retire.roadmap.") || key.endsWith("_max_months") && key.startsWith("retire.")) {
			reloadRoadmapAfterTransaction();
		}
		audit.record(AuditAction.UPDATE, "rule_parameter", key, null,
				Map.of("value", latest.value(), "mode", latest.mode().name(), "legalBasis", latest.legalBasis()),
				Map.of("value", saved.value(), "mode", saved.mode().name(), "legalBasis", saved.legalBasis(),
						"effectiveFrom", saved.effectiveFrom().toString()));
		return saved;
	}

	private void reloadRoadmapAfterTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			loadRetirementRoadmap();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				loadRetirementRoadmap();
			}
		});
	}

	static RuleParameter row(ResultSet rs, int n) throws SQLException {
		return new RuleParameter(rs.getLong("id"), rs.getString("key"), rs.getString("rule_id"), rs.getString("name"),
				rs.getString("value"), RuleMode.valueOf(rs.getString("mode")), rs.getString("legal_basis"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				rs.getString("note"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

}
