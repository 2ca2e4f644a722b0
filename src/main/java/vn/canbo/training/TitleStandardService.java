package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.people.QualificationKind;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Title standards in tables {@code training_title_standard} and
 * {@code training_title_requirement} (migration V14_3).
 */
@Component
class TitleStandardService implements TitleStandards {

	/** The QP-AN groups, highest first (no catalog: regulations.md §3.2). */
	static final List<String> DEFENCE_GROUPS = List.of("DT1", "DT2", "DT3", "DT4");

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	TitleStandardService(JdbcClient jdbc, Catalogs catalogs, AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	private record Head(long id, String titleCode, String adminLevel, LocalDate validFrom, LocalDate validTo,
			String legalBasis, boolean unconfirmed, String note, String createdBy) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<TitleStandard> list(String titleCode) {
		List<Head> heads = jdbc.sql("""
				select id, title_code, admin_level, valid_from, valid_to, legal_basis, unconfirmed, note, created_by
				from training_title_standard where (cast(:t as varchar) is null or title_code = :t)
				order by title_code, coalesce(admin_level, ''), valid_from desc""")
			.param("t", titleCode == null || titleCode.isBlank() ? null : titleCode)
			.query(Head.class)
			.list();
		return withRequirements(heads);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TitleStandard> inForce(String titleCode, String adminLevel, LocalDate on) {
		List<Head> heads = jdbc.sql("""
				select id, title_code, admin_level, valid_from, valid_to, legal_basis, unconfirmed, note, created_by
				from training_title_standard
				where title_code = :t and (admin_level = :l or admin_level is null)
				  and valid_from <= :d and (valid_to is null or valid_to >= :d)
				order by admin_level nulls last limit 1""")
			.param("t", titleCode)
			.param("l", adminLevel)
			.param("d", on)
			.query(Head.class)
			.list();
		return withRequirements(heads).stream().findFirst();
	}

	/**
	 * Every standard in force on the date, in two queries (the gap analysis of a province
	 * asked {@link #inForce} once per title and level: 2 queries each): title → the
	 * versions in force, one per admin level (null: every level).
	 */
	@Transactional(readOnly = true)
	Map<String, List<TitleStandard>> allInForce(LocalDate on) {
		List<Head> heads = jdbc.sql("""
				select id, title_code, admin_level, valid_from, valid_to, legal_basis, unconfirmed, note, created_by
				from training_title_standard
				where valid_from <= :d and (valid_to is null or valid_to >= :d)
				order by title_code, admin_level nulls last""").param("d", on).query(Head.class).list();
		Map<String, List<TitleStandard>> out = new LinkedHashMap<>();
		withRequirements(heads).forEach(t -> out.computeIfAbsent(t.titleCode(), k -> new ArrayList<>()).add(t));
		return out;
	}

	/**
	 * Of {@link #allInForce}'s versions of a title, the one {@link #inForce} gives: the
	 * admin level's own, else the one for every level.
	 */
	static Optional<TitleStandard> pick(List<TitleStandard> versions, String adminLevel) {
		TitleStandard any = null;
		for (TitleStandard t : versions) {
			if (t.adminLevel() == null) {
				any = any == null ? t : any;
			}
			else if (t.adminLevel().equals(adminLevel)) {
				return Optional.of(t);
			}
		}
		return Optional.ofNullable(any);
	}

	@Override
	@Transactional
	public TitleStandard add(TitleStandardInput in) {
		List<FieldError> errors = check(in);
		String level = blank(in.adminLevel()) ? null : in.adminLevel();
		Optional<TitleStandard> last = errors.isEmpty() ? latest(in.titleCode(), level) : Optional.empty();
		if (last.isPresent() && !last.get().validFrom().isBefore(in.validFrom())) {
			errors.add(new FieldError("validFrom", Messages.text("training.standard.error.notAfterLast",
					title(in.titleCode()),
					last.get().validFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		last.ifPresent(l -> jdbc
			.sql("update training_title_standard set valid_to = ? where id = ? and (valid_to is null or valid_to >= ?)")
			.params(in.validFrom().minusDays(1), l.id(), in.validFrom())
			.update());
		long id = jdbc.sql("""
				insert into training_title_standard
				(title_code, admin_level, valid_from, legal_basis, unconfirmed, note, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(in.titleCode(), level, in.validFrom(), in.legalBasis().strip(), in.unconfirmed(),
					blank(in.note()) ? null : in.note().strip(), currentUser.username())
			.query(Long.class)
			.single();
		for (TitleRequirement r : in.requirements()) {
			jdbc.sql("insert into training_title_requirement values (?, ?, ?, ?)")
				.params(id, r.kind().name(), r.levelCode().strip(), r.unconfirmed())
				.update();
		}
		TitleStandard saved = list(in.titleCode()).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
		audit.record(AuditAction.CREATE, "training_title_standard", String.valueOf(id), null, last.orElse(null), saved);
		return saved;
	}

	private Optional<TitleStandard> latest(String titleCode, String level) {
		return list(titleCode).stream().filter(s -> java.util.Objects.equals(s.adminLevel(), level)).findFirst();
	}

	private List<FieldError> check(TitleStandardInput in) {
		List<FieldError> errors = new ArrayList<>();
		String t = in.titleCode();
		if (blank(t)) {
			errors.add(new FieldError("titleCode", Messages.text("training.standard.error.titleMissing")));
		}
		else if (catalogs.find(CatalogType.TITLE, t).isEmpty()) {
			errors.add(new FieldError("titleCode", Messages.text("training.standard.error.titleUnknown", t)));
		}
		String name = blank(t) ? "" : title(t);
		if (!blank(in.adminLevel())
				&& EnumSet.allOf(AdminLevel.class).stream().noneMatch(l -> l.name().equals(in.adminLevel()))) {
			errors.add(new FieldError("adminLevel",
					Messages.text("training.standard.error.adminLevel", name, in.adminLevel())));
		}
		if (in.validFrom() == null) {
			errors.add(new FieldError("validFrom", Messages.text("training.standard.error.validFrom", name)));
		}
		if (blank(in.legalBasis())) {
			errors.add(new FieldError("legalBasis", Messages.text("training.standard.error.legalBasis", name)));
		}
		List<TitleRequirement> reqs = in.requirements() == null ? List.of() : in.requirements();
		if (reqs.isEmpty()) {
			errors.add(new FieldError("requirements", Messages.text("training.standard.error.noRequirement", name)));
		}
		Set<QualificationKind> seen = EnumSet.noneOf(QualificationKind.class);
		for (int i = 0; i < reqs.size(); i++) {
			TitleRequirement r = reqs.get(i);
			String f = "requirements[" + i + "]";
			if (r == null || r.kind() == null) {
				errors.add(new FieldError(f + ".kind", Messages.text("training.standard.error.kind", name, i + 1)));
				continue;
			}
			if (!seen.add(r.kind())) {
				errors.add(new FieldError(f + ".kind", Messages.text("training.standard.error.kindTwice", name, i + 1,
						Messages.text("training.standard.kind." + r.kind().name()))));
			}
			if (blank(r.levelCode()) || !levelKnown(r.kind(), r.levelCode().strip())) {
				errors.add(new FieldError(f + ".levelCode",
						Messages.text("training.standard.error.level", name, i + 1,
								Messages.text("training.standard.kind." + r.kind().name()),
								r.levelCode() == null ? "" : r.levelCode())));
			}
		}
		return errors;
	}

	private boolean levelKnown(QualificationKind kind, String code) {
		if (kind.levelCatalog() == null) {
			return DEFENCE_GROUPS.contains(code);
		}
		return catalogs.find(kind.levelCatalog(), code).isPresent();
	}

	String levelName(QualificationKind kind, String code) {
		if (kind.levelCatalog() == null) {
			return Messages.text("training.standard.group", code.substring(2));
		}
		return catalogs.name(kind.levelCatalog(), code);
	}

	private String title(String code) {
		return catalogs.name(CatalogType.TITLE, code);
	}

	private List<TitleStandard> withRequirements(List<Head> heads) {
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<Long, List<TitleRequirement>> reqs = new LinkedHashMap<>();
		jdbc.sql("""
				select standard_id, qualification_kind, level_code, unconfirmed from training_title_requirement
				where standard_id in (:ids) order by standard_id, qualification_kind""")
			.param("ids", heads.stream().map(Head::id).toList())
			.query((rs, n) -> {
				QualificationKind k = QualificationKind.valueOf(rs.getString(2));
				reqs.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>())
					.add(new TitleRequirement(k, rs.getString(3), levelName(k, rs.getString(3)), rs.getBoolean(4)));
				return null;
			})
			.list();
		return heads.stream()
			.map(h -> new TitleStandard(h.id(), h.titleCode(), title(h.titleCode()), h.adminLevel(), h.validFrom(),
					h.validTo(), h.legalBasis(), h.unconfirmed(), h.note(), reqs.getOrDefault(h.id(), List.of()),
					h.createdBy()))
			.toList();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
