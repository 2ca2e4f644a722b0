package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;
import vn.canbo.shared.web.Formats;

/**
 * Sắp xếp tổ chức: the tree changes only by operations on an effective date, never by edits. Each
 * operation validates everything first (Vietnamese field errors), then writes the restructuring, the
 * links predecessor → successor and the new versions in one transaction, and publishes
 * {@link UnitsRestructured} synchronously inside it (a failing listener rolls everything back).
 * Versions are only appended: an operation applies to a unit's current (open) version and must be dated
 * after that version's start. Every unit named must lie in the caller's scope on the effective date.
 */
@Service
public class RestructuringService {

    /** Sáp nhập, hợp nhất: {@code unitIds} end; the successor is an existing unit (among or outside them, it continues) or a new one. */
    public record Merge(List<Long> unitIds, Long successorId, UnitSpec newUnit, Decision decision,
                        Map<Long, Long> personMapping) {
    }

    /** Chia tách: the unit ends; the new units continue it. Children and persons are mapped to new unit codes (default: the first). */
    public record Split(long unitId, List<UnitSpec> newUnits, Map<Long, String> childMapping,
                        Map<Long, String> personMapping, Decision decision) {
    }

    /** Giải thể: the unit ends; an optional successor takes its people (and its children when {@code childrenToSuccessor}). */
    public record Dissolve(long unitId, Long successorId, boolean childrenToSuccessor, Map<Long, Long> personMapping,
                           Decision decision) {
    }

    /** Đổi tên: new name (and optionally short name, type) from the date. A null short name or type keeps the current one. */
    public record Rename(long unitId, String name, String shortName, String typeCode, Decision decision) {
    }

    /** Chuyển trực thuộc: new parent (null = a root) and optionally a new administrative level from the date. */
    public record Move(long unitId, Long newParentId, AdminLevel level, Decision decision) {
    }

    /**
     * Several communes become one commune directly under the province. With one commune and no
     * {@code newCommune} the commune itself is moved under the province (it keeps its identity).
     */
    public record CommuneMerger(List<Long> communeIds, UnitSpec newCommune) {
    }

    /**
     * The 2025 two-tier reform for one district (in effect 1/7/2025): the communes merge into new
     * communes placed directly under {@code provinceUnitId}, their bodies of the same type (Đảng ủy, UBND,
     * HĐND, MTTQ, đoàn thể) merge into the new commune's bodies, and the district units
     * ({@code districtUnitIds}, with whatever remains under them) are dissolved. {@code successors} optionally
     * names, per dissolved unit id, the CODE of the unit taking its people (an existing unit, or one created by
     * this operation, e.g. the new commune's UBND {@code <commune code>.UBND}).
     */
    public record DistrictAbolition(List<Long> districtUnitIds, long provinceUnitId, List<CommuneMerger> communes,
                                    Map<Long, String> successors, Decision decision) {

        public DistrictAbolition(List<Long> districtUnitIds, long provinceUnitId, List<CommuneMerger> communes, Decision decision) {
            this(districtUnitIds, provinceUnitId, communes, Map.of(), decision);
        }
    }

    /** Unit types of a commune's bodies merged one-to-one by type when communes merge; others (thôn, chi bộ…) are carried over. */
    static final Map<String, String> COMMUNE_BODY_TYPES = Map.of(
            "DANG_UY_XA", "Đảng ủy", "UBND", "Ủy ban nhân dân", "HDND", "Hội đồng nhân dân",
            "MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "DOAN_TN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "HOI_LHPN", "Hội Liên hiệp Phụ nữ", "HOI_ND", "Hội Nông dân", "HOI_CCB", "Hội Cựu chiến binh",
            "CONG_DOAN", "Công đoàn");

    private final JdbcClient jdbc;
    private final Catalogs catalogs;
    private final UnitService units;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    RestructuringService(JdbcClient jdbc, Catalogs catalogs, UnitService units, ApplicationEventPublisher events,
                         AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
        this.units = units;
        this.events = events;
        this.audit = audit;
    }

    /** The current version of a unit (valid_to null). */
    private record Open(long unitId, String code, String name, String shortName, String typeCode, AdminLevel level,
                        Long parentId, LocalDate validFrom) {
    }

    // ------------------------------------------------------------------ MERGE

    @Transactional
    public RestructuringResult merge(Merge cmd, Scope scope) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = checkDecision(cmd.decision(), errors);
        List<Long> ids = cmd.unitIds() == null ? List.of() : cmd.unitIds().stream().filter(Objects::nonNull).distinct().toList();
        Set<Long> all = new LinkedHashSet<>(ids);
        if (cmd.successorId() != null) {
            all.add(cmd.successorId());
        }
        if (cmd.successorId() != null && cmd.newUnit() != null) {
            errors.add(new FieldError("successorId", "Chỉ chọn một trong hai: đơn vị kế thừa có sẵn hoặc đơn vị mới"));
        } else if (cmd.successorId() == null && cmd.newUnit() == null) {
            errors.add(new FieldError("successorId", "Phải chọn đơn vị kế thừa có sẵn hoặc khai báo đơn vị mới"));
        }
        if (all.size() < 2 || (cmd.newUnit() != null && ids.size() < 2)) {
            errors.add(new FieldError("unitIds", "Sáp nhập phải có ít nhất 2 đơn vị", ids));
        }
        List<Long> ending = ids.stream().filter(id -> !id.equals(cmd.successorId())).toList();
        Map<Long, Open> open = new LinkedHashMap<>();
        if (d != null) {
            for (long id : ending) {
                Open o = checkOpen("unitIds", id, d, errors);
                if (o != null) {
                    open.put(id, o);
                }
            }
            if (cmd.successorId() != null) {
                checkActive("successorId", cmd.successorId(), d, errors);
            }
        }
        Open first = open.isEmpty() ? null : open.values().iterator().next();
        UnitSpec spec = cmd.newUnit() == null ? null : resolve(cmd.newUnit(), first, "newUnit", d, Set.copyOf(ending), errors, new HashSet<>());
        List<Open> children = d == null ? List.of() : children(ending, Set.copyOf(ending), d, errors);
        if (cmd.successorId() != null && d != null && !ending.isEmpty()
                && units.subtreeIds(ending, d).contains(cmd.successorId())) {
            errors.add(new FieldError("successorId", "Đơn vị kế thừa không được trực thuộc đơn vị bị sáp nhập", cmd.successorId()));
        }
        throwIf(errors);
        checkScope(scope, d, all, spec == null ? null : spec.parentId());

        long rid = restructuring(RestructuringKind.MERGE, cmd.decision());
        endAll(ending, d);
        List<UnitView> created = new ArrayList<>();
        long successor;
        if (spec != null) {
            successor = createUnit(spec, d, rid);
            created.add(units.find(successor, d).orElseThrow());
        } else {
            successor = cmd.successorId();
        }
        Map<Long, Long> mapping = new LinkedHashMap<>();
        for (long id : ending) {
            link(rid, id, successor);
            mapping.put(id, successor);
        }
        for (Open c : children) {
            reparent(c, successor, null, d, rid);
        }
        return publish(rid, RestructuringKind.MERGE, cmd.decision(), mapping, cmd.personMapping(), created);
    }

    // ------------------------------------------------------------------ SPLIT

    @Transactional
    public RestructuringResult split(Split cmd, Scope scope) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = checkDecision(cmd.decision(), errors);
        Open unit = d == null ? null : checkOpen("unitId", cmd.unitId(), d, errors);
        List<UnitSpec> specs = cmd.newUnits() == null ? List.of() : cmd.newUnits();
        if (specs.size() < 2) {
            errors.add(new FieldError("newUnits", "Chia tách phải tạo ít nhất 2 đơn vị mới"));
        }
        Set<String> codes = new HashSet<>();
        List<UnitSpec> resolved = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            resolved.add(resolve(specs.get(i), unit, "newUnits[" + i + "]", d, Set.of(cmd.unitId()), errors, codes));
        }
        List<Open> children = d == null || unit == null ? List.of() : children(List.of(cmd.unitId()), Set.of(cmd.unitId()), d, errors);
        Set<Long> childIds = new HashSet<>();
        children.forEach(c -> childIds.add(c.unitId()));
        Map<Long, String> childMapping = cmd.childMapping() == null ? Map.of() : cmd.childMapping();
        childMapping.forEach((child, code) -> {
            if (!childIds.contains(child)) {
                errors.add(new FieldError("childMapping", "Đơn vị " + child + " không trực thuộc đơn vị bị chia tách vào ngày hiệu lực", child));
            }
            if (code == null || !codes.contains(VietnameseText.clean(code))) {
                errors.add(new FieldError("childMapping", "Mã đơn vị mới không có trong danh sách đơn vị mới", code));
            }
        });
        Map<Long, String> personCodes = cmd.personMapping() == null ? Map.of() : cmd.personMapping();
        personCodes.forEach((person, code) -> {
            if (code == null || !codes.contains(VietnameseText.clean(code))) {
                errors.add(new FieldError("personMapping", "Mã đơn vị mới không có trong danh sách đơn vị mới", code));
            }
        });
        throwIf(errors);
        checkScope(scope, d, List.of(cmd.unitId()), resolved.stream().map(UnitSpec::parentId).filter(Objects::nonNull).toArray(Long[]::new));

        long rid = restructuring(RestructuringKind.SPLIT, cmd.decision());
        endAll(List.of(cmd.unitId()), d);
        Map<String, Long> byCode = new LinkedHashMap<>();
        List<UnitView> created = new ArrayList<>();
        for (UnitSpec s : resolved) {
            long id = createUnit(s, d, rid);
            byCode.put(s.code(), id);
            link(rid, cmd.unitId(), id);
            created.add(units.find(id, d).orElseThrow());
        }
        long first = created.get(0).id();
        for (Open c : children) {
            String code = childMapping.get(c.unitId());
            reparent(c, code == null ? first : byCode.get(VietnameseText.clean(code)), null, d, rid);
        }
        Map<Long, Long> persons = new LinkedHashMap<>();
        personCodes.forEach((p, code) -> persons.put(p, byCode.get(VietnameseText.clean(code))));
        return publish(rid, RestructuringKind.SPLIT, cmd.decision(), Map.of(cmd.unitId(), first), persons, created);
    }

    // ------------------------------------------------------------------ DISSOLVE

    @Transactional
    public RestructuringResult dissolve(Dissolve cmd, Scope scope) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = checkDecision(cmd.decision(), errors);
        Open unit = d == null ? null : checkOpen("unitId", cmd.unitId(), d, errors);
        if (cmd.successorId() != null && d != null) {
            if (cmd.successorId() == cmd.unitId()) {
                errors.add(new FieldError("successorId", "Đơn vị kế thừa phải khác đơn vị bị giải thể", cmd.successorId()));
            } else if (checkActive("successorId", cmd.successorId(), d, errors)
                    && units.subtreeIds(List.of(cmd.unitId()), d).contains(cmd.successorId())) {
                errors.add(new FieldError("successorId", "Đơn vị kế thừa không được trực thuộc đơn vị bị giải thể", cmd.successorId()));
            }
        }
        List<Open> children = unit == null ? List.of() : children(List.of(cmd.unitId()), Set.of(cmd.unitId()), d, errors);
        if (!children.isEmpty() && !(cmd.childrenToSuccessor() && cmd.successorId() != null)) {
            errors.add(new FieldError("unitId", "Đơn vị còn " + children.size()
                    + " đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc giải thể chúng trước, hoặc chuyển sang đơn vị kế thừa",
                    cmd.unitId()));
        }
        throwIf(errors);
        checkScope(scope, d, cmd.successorId() == null ? List.of(cmd.unitId()) : List.of(cmd.unitId(), cmd.successorId()));

        long rid = restructuring(RestructuringKind.DISSOLVE, cmd.decision());
        endAll(List.of(cmd.unitId()), d);
        Map<Long, Long> mapping = new LinkedHashMap<>();
        if (cmd.successorId() != null) {
            link(rid, cmd.unitId(), cmd.successorId());
            mapping.put(cmd.unitId(), cmd.successorId());
            for (Open c : children) {
                reparent(c, cmd.successorId(), null, d, rid);
            }
        }
        return publish(rid, RestructuringKind.DISSOLVE, cmd.decision(), mapping, cmd.personMapping(), List.of(), cmd.unitId());
    }

    // ------------------------------------------------------------------ RENAME

    @Transactional
    public RestructuringResult rename(Rename cmd, Scope scope) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = checkDecision(cmd.decision(), errors);
        Open unit = d == null ? null : checkOpen("unitId", cmd.unitId(), d, errors);
        String name = VietnameseText.clean(cmd.name());
        if (name == null) {
            errors.add(new FieldError("name", "Tên đơn vị là bắt buộc"));
        } else if (name.length() > 300) {
            errors.add(new FieldError("name", "Tên đơn vị dài tối đa 300 ký tự"));
        }
        String type = VietnameseText.clean(cmd.typeCode());
        if (type != null && d != null && !catalogs.isValid(CatalogType.UNIT_TYPE, type, d)) {
            errors.add(new FieldError("typeCode", "Loại đơn vị không có trong danh mục hoặc đã hết hiệu lực", type));
        }
        String shortName = VietnameseText.clean(cmd.shortName());
        if (unit != null && name != null && name.equals(unit.name()) && (type == null || type.equals(unit.typeCode()))
                && (shortName == null || shortName.equals(unit.shortName()))) {
            errors.add(new FieldError("name", "Tên mới trùng với tên hiện tại", name));
        }
        throwIf(errors);
        checkScope(scope, d, List.of(cmd.unitId()));

        long rid = restructuring(RestructuringKind.RENAME, cmd.decision());
        close(cmd.unitId(), d);
        insertVersion(cmd.unitId(), name, shortName != null ? shortName : unit.shortName(),
                type != null ? type : unit.typeCode(), unit.level(), unit.parentId(), d, rid);
        return publish(rid, RestructuringKind.RENAME, cmd.decision(), Map.of(), Map.of(), List.of());
    }

    // ------------------------------------------------------------------ MOVE

    @Transactional
    public RestructuringResult move(Move cmd, Scope scope) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = checkDecision(cmd.decision(), errors);
        Open unit = d == null ? null : checkOpen("unitId", cmd.unitId(), d, errors);
        if (unit != null && cmd.newParentId() != null) {
            if (cmd.newParentId() == cmd.unitId()) {
                errors.add(new FieldError("newParentId", "Đơn vị không thể trực thuộc chính nó", cmd.newParentId()));
            } else if (checkActive("newParentId", cmd.newParentId(), d, errors)
                    && units.subtreeIds(List.of(cmd.unitId()), d).contains(cmd.newParentId())) {
                errors.add(new FieldError("newParentId", "Không thể chuyển đơn vị vào một đơn vị trực thuộc chính nó", cmd.newParentId()));
            }
        }
        if (unit != null && Objects.equals(unit.parentId(), cmd.newParentId()) && (cmd.level() == null || cmd.level() == unit.level())) {
            errors.add(new FieldError("newParentId", "Đơn vị đã trực thuộc đơn vị cấp trên này", cmd.newParentId()));
        }
        throwIf(errors);
        checkScope(scope, d, cmd.newParentId() == null ? List.of(cmd.unitId()) : List.of(cmd.unitId(), cmd.newParentId()));
        if (cmd.newParentId() == null && !scope.unrestricted()) {
            throw new NotFoundException("Không tìm thấy đơn vị cấp trên");
        }

        long rid = restructuring(RestructuringKind.MOVE, cmd.decision());
        reparent(unit, cmd.newParentId(), cmd.level(), d, rid);
        return publish(rid, RestructuringKind.MOVE, cmd.decision(), Map.of(), Map.of(), List.of());
    }

    // ------------------------------------------------------------------ 2025 reform

    /**
     * Applies the two-tier reform for one district on the decision's date (1/7/2025): see {@link DistrictAbolition}.
     * For each merger: the new commune is created under the province, the old communes' bodies of the same
     * type merge into a new body of the new commune (code {@code <commune code>.<type>}, name
     * "{@code <body> <commune name>}"), the old communes merge into the new commune (the rest of their
     * children — thôn, chi bộ… — move under it), then every district unit is dissolved, deepest first.
     * All or nothing; returns every restructuring in order.
     */
    @Transactional
    public List<RestructuringResult> abolishDistrict(DistrictAbolition cmd, Scope scope) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = checkDecision(cmd.decision(), errors);
        if (d != null) {
            checkActive("provinceUnitId", cmd.provinceUnitId(), d, errors);
        }
        if (cmd.districtUnitIds() == null || cmd.districtUnitIds().isEmpty()) {
            errors.add(new FieldError("districtUnitIds", "Phải chọn đơn vị cấp huyện bị giải thể"));
        }
        if (cmd.communes() == null || cmd.communes().isEmpty()) {
            errors.add(new FieldError("communes", "Phải khai báo các xã sau sắp xếp"));
        }
        throwIf(errors);
        List<RestructuringResult> results = new ArrayList<>();
        for (CommuneMerger m : cmd.communes()) {
            List<Long> old = m.communeIds() == null ? List.of() : m.communeIds();
            if (old.size() == 1 && m.newCommune() == null) {
                results.add(move(new Move(old.get(0), cmd.provinceUnitId(), AdminLevel.COMMUNE, cmd.decision()), scope));
                continue;
            }
            if (m.newCommune() == null || old.size() < 2) {
                throw new ValidationException(List.of(new FieldError("communes", "Mỗi xã mới phải hợp nhất ít nhất 2 xã cũ", old)));
            }
            UnitSpec c = m.newCommune();
            UnitSpec commune = new UnitSpec(c.code(), c.name(), c.shortName(), c.typeCode(),
                    c.level() == null ? AdminLevel.COMMUNE : c.level(), cmd.provinceUnitId());
            // 1. the bodies of the old communes, merged by type into bodies of the new commune (created in step 2's unit)
            Map<String, List<Long>> bodies = new LinkedHashMap<>();
            for (long o : old) {
                for (UnitView child : units.children(o, d)) {
                    if (COMMUNE_BODY_TYPES.containsKey(child.typeCode())) {
                        bodies.computeIfAbsent(child.typeCode(), k -> new ArrayList<>()).add(child.id());
                    }
                }
            }
            // 2. the old communes merge into the new commune; bodies and the rest move under it
            RestructuringResult communeMerge = merge(new Merge(old, null, commune, cmd.decision(), Map.of()), scope);
            results.add(communeMerge);
            long newCommune = communeMerge.created().get(0).id();
            String communeName = communeMerge.created().get(0).name();
            String communeCode = communeMerge.created().get(0).code();
            for (var e : bodies.entrySet()) {
                String type = e.getKey();
                List<Long> group = e.getValue();
                if (group.size() < 2) {
                    continue;
                }
                // the bodies were moved under the new commune at d by the merge: end that one-day-old version instead
                results.add(mergeBodies(group, new UnitSpec(communeCode + "." + type,
                        COMMUNE_BODY_TYPES.get(type) + " " + communeName, null, type, AdminLevel.COMMUNE, newCommune),
                        cmd.decision()));
            }
        }
        // 3. the district units and what remains under them
        for (long district : cmd.districtUnitIds()) {
            List<TreeRow> rest = new ArrayList<>(units.subtree(district, d, 50));
            if (rest.isEmpty()) {
                throw new ValidationException(List.of(new FieldError("districtUnitIds",
                        "Đơn vị " + district + " không hoạt động vào ngày " + Formats.date(d), district)));
            }
            rest.sort(Comparator.comparingInt(TreeRow::depth).reversed());
            for (TreeRow r : rest) {
                String heir = cmd.successors() == null ? null : cmd.successors().get(r.unit().id());
                Long heirId = null;
                if (heir != null) {
                    heirId = units.findByCode(VietnameseText.clean(heir), d).map(UnitView::id)
                            .orElseThrow(() -> new ValidationException(List.of(new FieldError("successors",
                                    "Không tìm thấy đơn vị kế thừa có mã " + heir + " vào ngày " + Formats.date(d), heir))));
                }
                results.add(dissolve(new Dissolve(r.unit().id(), heirId, false, Map.of(), cmd.decision()), scope));
            }
        }
        return results;
    }

    /**
     * Merges bodies that a merge of their communes has just re-parented on the same date: their versions
     * starting on that date are replaced (not ended after zero days), within the same transaction.
     */
    private RestructuringResult mergeBodies(List<Long> bodyIds, UnitSpec spec, Decision decision) {
        LocalDate d = decision.effectiveDate();
        List<FieldError> errors = new ArrayList<>();
        resolve(spec, null, "newUnit", d, Set.copyOf(bodyIds), errors, new HashSet<>());
        throwIf(errors);
        long rid = restructuring(RestructuringKind.MERGE, decision);
        // drop the same-day versions written by the commune merge, re-open the previous ones, then end them at d
        // (the only delete of organisation history: rows written by this very transaction, never committed, so
        // nothing recorded is lost; the database trigger of V3_4 allows it only for such rows and only while the
        // transaction-local flag is on)
        jdbc.sql("select set_config('canbo.replace_same_day_version', 'on', true)").query(String.class).single();
        for (long b : bodyIds) {
            jdbc.sql("delete from org_unit_version where unit_id = ? and valid_from = ? and valid_to is null").params(b, d).update();
            jdbc.sql("update org_unit_version set valid_to = ? where unit_id = ? and valid_to = ?").params(d, b, d).update();
        }
        jdbc.sql("select set_config('canbo.replace_same_day_version', 'off', true)").query(String.class).single();
        long successor = createUnit(spec, d, rid);
        Map<Long, Long> mapping = new LinkedHashMap<>();
        for (long b : bodyIds) {
            link(rid, b, successor);
            mapping.put(b, successor);
        }
        for (Open c : children(bodyIds, Set.copyOf(bodyIds), d, errors)) {
            reparent(c, successor, null, d, rid);
        }
        throwIf(errors);
        return publish(rid, RestructuringKind.MERGE, decision, mapping, Map.of(),
                List.of(units.find(successor, d).orElseThrow()));
    }

    // ------------------------------------------------------------------ helpers

    private LocalDate checkDecision(Decision dec, List<FieldError> errors) {
        if (dec == null || dec.effectiveDate() == null) {
            errors.add(new FieldError("effectiveDate", "Ngày hiệu lực là bắt buộc"));
            return null;
        }
        if (dec.number() != null && dec.number().length() > 100) {
            errors.add(new FieldError("decisionNumber", "Số quyết định dài tối đa 100 ký tự", dec.number()));
        }
        if (dec.issuer() != null && dec.issuer().length() > 300) {
            errors.add(new FieldError("issuer", "Cơ quan ban hành dài tối đa 300 ký tự"));
        }
        if (dec.date() != null && dec.date().isAfter(dec.effectiveDate().plusYears(1))) {
            errors.add(new FieldError("decisionDate", "Ngày quyết định không hợp lệ so với ngày hiệu lực", dec.date()));
        }
        return dec.effectiveDate();
    }

    private Open open(long unitId) {
        return jdbc.sql("""
                select u.id, u.code, v.name, v.short_name, v.type_code, v.admin_level, v.parent_id, v.valid_from
                from org_unit u join org_unit_version v on v.unit_id = u.id where u.id = ? and v.valid_to is null
                for update of v""")
                .param(unitId).query(RestructuringService::mapOpen).optional().orElse(null);
    }

    private static Open mapOpen(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Open(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                rs.getString("type_code"), AdminLevel.valueOf(rs.getString("admin_level")),
                (Long) rs.getObject("parent_id"), rs.getObject("valid_from", LocalDate.class));
    }

    /** The current version of a unit that a change on {@code d} may follow; null (with an error) otherwise. */
    private Open checkOpen(String field, long unitId, LocalDate d, List<FieldError> errors) {
        Open o = open(unitId);
        if (o == null) {
            boolean exists = jdbc.sql("select count(*) from org_unit where id = ?").param(unitId).query(Long.class).single() > 0;
            errors.add(new FieldError(field, exists ? "Đơn vị " + unitId + " đã chấm dứt hoạt động"
                    : "Đơn vị " + unitId + " không tồn tại", unitId));
            return null;
        }
        if (!d.isAfter(o.validFrom())) {
            errors.add(new FieldError(field, "Ngày hiệu lực (" + Formats.date(d) + ") phải sau ngày bắt đầu phiên bản hiện tại ("
                    + Formats.date(o.validFrom()) + ") của đơn vị " + o.name(), unitId));
            return null;
        }
        return o;
    }

    /** True if the unit exists on {@code d}; otherwise adds an error. */
    private boolean checkActive(String field, long unitId, LocalDate d, List<FieldError> errors) {
        if (units.find(unitId, d).isPresent()) {
            return true;
        }
        errors.add(new FieldError(field, "Đơn vị " + unitId + " không hoạt động vào ngày " + Formats.date(d), unitId));
        return false;
    }

    /** Validates a new unit and fills its defaults (parent and level of {@code like}). */
    private UnitSpec resolve(UnitSpec s, Open like, String field, LocalDate d, Set<Long> ending, List<FieldError> errors,
                             Set<String> codesSoFar) {
        if (s == null) {
            errors.add(new FieldError(field, "Thiếu thông tin đơn vị mới"));
            return null;
        }
        String code = VietnameseText.clean(s.code());
        String name = VietnameseText.clean(s.name());
        if (code == null) {
            errors.add(new FieldError(field + ".code", "Mã đơn vị là bắt buộc"));
        } else if (code.length() > 40) {
            errors.add(new FieldError(field + ".code", "Mã đơn vị dài tối đa 40 ký tự", code));
        } else if (!codesSoFar.add(code)
                || jdbc.sql("select count(*) from org_unit where code = ?").param(code).query(Long.class).single() > 0) {
            errors.add(new FieldError(field + ".code", "Mã đơn vị đã tồn tại", code));
        }
        if (name == null) {
            errors.add(new FieldError(field + ".name", "Tên đơn vị là bắt buộc"));
        } else if (name.length() > 300) {
            errors.add(new FieldError(field + ".name", "Tên đơn vị dài tối đa 300 ký tự"));
        }
        String type = s.typeCode() != null ? s.typeCode() : like == null ? null : like.typeCode();
        if (type == null || (d != null && !catalogs.isValid(CatalogType.UNIT_TYPE, type, d))) {
            errors.add(new FieldError(field + ".typeCode", "Loại đơn vị không có trong danh mục hoặc đã hết hiệu lực", type));
        }
        AdminLevel level = s.level() != null ? s.level() : like == null ? null : like.level();
        if (level == null) {
            errors.add(new FieldError(field + ".level", "Cấp hành chính là bắt buộc"));
        }
        Long parent = s.parentId() != null ? s.parentId() : like == null ? null : like.parentId();
        if (parent != null && d != null) {
            if (ending.contains(parent)) {
                errors.add(new FieldError(field + ".parentId", "Đơn vị cấp trên không được là đơn vị chấm dứt hoạt động", parent));
            } else {
                checkActive(field + ".parentId", parent, d, errors);
            }
        }
        return new UnitSpec(code, name, VietnameseText.clean(s.shortName()), type, level, parent);
    }

    /** The current children of the given units that are not themselves ending; each must have started before d. */
    private List<Open> children(Collection<Long> parents, Set<Long> ending, LocalDate d, List<FieldError> errors) {
        if (parents.isEmpty()) {
            return List.of();
        }
        List<Open> list = jdbc.sql("""
                select u.id, u.code, v.name, v.short_name, v.type_code, v.admin_level, v.parent_id, v.valid_from
                from org_unit u join org_unit_version v on v.unit_id = u.id
                where v.parent_id = any(?) and v.valid_to is null order by u.id""")
                .param(parents.toArray(Long[]::new)).query(RestructuringService::mapOpen).list();
        List<Open> keep = new ArrayList<>();
        for (Open c : list) {
            if (ending.contains(c.unitId())) {
                continue;
            }
            if (!d.isAfter(c.validFrom())) {
                errors.add(new FieldError("effectiveDate", "Đơn vị trực thuộc " + c.name() + " có thay đổi từ ngày "
                        + Formats.date(c.validFrom()) + ": ngày hiệu lực phải sau ngày đó", d));
            } else {
                keep.add(c);
            }
        }
        return keep;
    }

    private void checkScope(Scope scope, LocalDate d, Collection<Long> ids, Long... more) {
        if (scope.unrestricted()) {
            return;
        }
        Set<Long> allowed = units.subtreeIds(scope.rootUnitIds(), d);
        Set<Long> all = new HashSet<>(ids);
        for (Long m : more) {
            if (m != null) {
                all.add(m);
            }
        }
        for (Long id : all) {
            if (!allowed.contains(id)) {
                throw new NotFoundException("Không tìm thấy đơn vị " + id);
            }
        }
    }

    private static void throwIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private long restructuring(RestructuringKind kind, Decision dec) {
        return jdbc.sql("""
                insert into org_restructuring (kind, effective_date, decision_number, decision_date, issuer, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(kind.name(), dec.effectiveDate(), VietnameseText.clean(dec.number()), dec.date(),
                        VietnameseText.clean(dec.issuer()), dec.note() == null || dec.note().isBlank() ? null : dec.note().strip(), actor())
                .query(Long.class).single();
    }

    private void endAll(Collection<Long> ids, LocalDate d) {
        for (long id : ids) {
            close(id, d);
        }
    }

    private void close(long unitId, LocalDate d) {
        int n = jdbc.sql("update org_unit_version set valid_to = ? where unit_id = ? and valid_to is null and valid_from < ?")
                .params(d, unitId, d).update();
        if (n != 1) {
            throw new IllegalStateException("unit " + unitId + " has no open version before " + d);
        }
    }

    private void reparent(Open c, Long parentId, AdminLevel level, LocalDate d, long rid) {
        close(c.unitId(), d);
        insertVersion(c.unitId(), c.name(), c.shortName(), c.typeCode(), level == null ? c.level() : level, parentId, d, rid);
    }

    private long createUnit(UnitSpec s, LocalDate d, long rid) {
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id").param(s.code()).query(Long.class).single();
        insertVersion(id, s.name(), s.shortName(), s.typeCode(), s.level(), s.parentId(), d, rid);
        return id;
    }

    private void insertVersion(long unitId, String name, String shortName, String type, AdminLevel level, Long parentId,
                               LocalDate from, long rid) {
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, name_folded, short_name, type_code, admin_level, parent_id, valid_from, restructuring_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unitId, name, VietnameseText.fold(name), shortName, type, level.name(), parentId, from, rid)
                .update();
    }

    private void link(long rid, long predecessor, long successor) {
        jdbc.sql("insert into org_restructuring_link (restructuring_id, predecessor_id, successor_id) values (?, ?, ?)")
                .params(rid, predecessor, successor).update();
    }

    private RestructuringResult publish(long rid, RestructuringKind kind, Decision dec, Map<Long, Long> mapping,
                                        Map<Long, Long> persons, List<UnitView> created, Long... alsoTouched) {
        auditRestructuring(rid, kind, dec, alsoTouched);
        Map<Long, Long> m = Map.copyOf(mapping);
        Map<Long, Long> p = persons == null ? Map.of() : Map.copyOf(new HashMap<>(persons));
        events.publishEvent(new UnitsRestructured(rid, kind, dec.effectiveDate(), m, p, VietnameseText.clean(dec.number())));
        return new RestructuringResult(rid, kind, dec.effectiveDate(), m, List.copyOf(created));
    }

    /**
     * Records the restructuring in the audit trail: every unit it touched (new versions, predecessors, successors,
     * {@code alsoTouched}) as it was the day before the effective date ({@code before}) and on it ({@code after}).
     * History is only appended, so both states can be read back at the end of the operation.
     */
    private void auditRestructuring(long rid, RestructuringKind kind, Decision dec, Long... alsoTouched) {
        Set<Long> ids = new TreeSet<>(jdbc.sql("""
                select unit_id from org_unit_version where restructuring_id = :r
                union select predecessor_id from org_restructuring_link where restructuring_id = :r
                union select successor_id from org_restructuring_link where restructuring_id = :r""")
                .param("r", rid).query(Long.class).list());
        for (Long id : alsoTouched) {
            if (id != null) {
                ids.add(id);
            }
        }
        LocalDate d = dec.effectiveDate();
        Map<Long, UnitView> before = units.findAll(ids, d.minusDays(1));
        Map<Long, UnitView> after = units.findAll(ids, d);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("kind", kind.name());
        b.put("units", ids.stream().map(before::get).filter(Objects::nonNull).toList());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("kind", kind.name());
        a.put("effectiveDate", d);
        a.put("decisionNumber", VietnameseText.clean(dec.number()));
        a.put("units", ids.stream().map(after::get).filter(Objects::nonNull).toList());
        a.put("ended", ids.stream().filter(id -> !after.containsKey(id)).toList());
        audit.record(AuditAction.RESTRUCTURE, "org_restructuring", String.valueOf(rid), null, b, a);
    }

    /** The signed-in user's name, or "system". */
    static String actor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a.getName() == null ? "system" : a.getName();
    }
}
