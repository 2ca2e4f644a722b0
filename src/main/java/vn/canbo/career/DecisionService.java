package vn.canbo.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.Discipline;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SalaryRaises;
import vn.canbo.rules.SubjectFacts;
import vn.canbo.rules.Terms;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Quyết định: draft → check → issue (applied to every subject's dossier in one transaction: all or nothing) → revoke
 * or amend by another decision, which undoes exactly the first one's effects. Issued decisions are immutable. Every
 * subject person and target unit must be in the user's scope, otherwise the decision "does not exist" (404).
 */
@Service
public class DecisionService {

    static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    private final DecisionRows rows;
    private final PersonService people;
    private final CareerFacts facts;
    private final Units units;
    private final Catalogs catalogs;
    private final RuleChecks rules;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    DecisionService(DecisionRows rows, PersonService people, CareerFacts facts, Units units, Catalogs catalogs,
                    RuleChecks rules, AuditLog audit, CurrentUser currentUser) {
        this.rows = rows;
        this.people = people;
        this.facts = facts;
        this.units = units;
        this.catalogs = catalogs;
        this.rules = rules;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    // ------------------------------------------------------------------ drafts

    @Transactional
    public Decision create(DecisionDraft draft, Scope scope) {
        DecisionDraft d = normalise(draft, scope);
        long id = rows.insert(d, user());
        rows.replaceSubjects(id, d.subjects());
        Decision saved = load(id);
        audit.record(AuditAction.CREATE, "decision", String.valueOf(id), firstPerson(saved), null, summary(saved));
        return saved;
    }

    @Transactional
    public Decision update(long id, int expectedVersion, DecisionDraft draft, Scope scope) {
        rows.lock(id);
        Decision before = get(id, scope);
        requireDraft(before);
        DecisionDraft d = normalise(draft, scope);
        if (!rows.update(id, expectedVersion, d, user())) {
            throw new ConcurrentEditException("Quyết định đã được người khác sửa (phiên bản " + before.version()
                    + "); hãy tải lại trước khi lưu");
        }
        rows.replaceSubjects(id, d.subjects());
        Decision saved = load(id);
        audit.record(AuditAction.UPDATE, "decision", String.valueOf(id), firstPerson(saved), summary(before), summary(saved));
        return saved;
    }

    /** The decision, if every subject and target unit is in the scope. */
    @Transactional(readOnly = true)
    public Decision get(long id, Scope scope) {
        Decision d = load(id);
        requireScope(d, scope);
        return d;
    }

    @Transactional(readOnly = true)
    public PageResult<DecisionSummary> list(DecisionFilter filter, Scope scope, int page, int size) {
        int s = Math.max(1, Math.min(size, 200));
        Set<Long> concerning = null;
        if (filter.unitId() != null) {
            if (!units.inScope(filter.unitId(), scope, LocalDate.now())) {
                throw new NotFoundException("Không tìm thấy đơn vị " + filter.unitId());
            }
            concerning = scopeUnits(Scope.of(filter.unitId()), filter.from());
        }
        PageResult<DecisionSummary> r = rows.list(filter, scopeUnits(scope, filter.from()), concerning, Math.max(0, page), s);
        Map<Long, String> names = facts.names(r.items().stream().map(DecisionSummary::firstPersonName)
                .filter(x -> x != null).map(Long::valueOf).collect(Collectors.toSet()));
        return r.map(x -> new DecisionSummary(x.id(), x.type(), x.number(), x.signedOn(), x.issuer(), x.effectiveOn(),
                x.status(), x.subjects(), x.firstPersonName() == null ? null
                        : names.getOrDefault(Long.valueOf(x.firstPersonName()), "#" + x.firstPersonName())));
    }

    /** Decisions concerning a person (the person must be in the scope). */
    @Transactional(readOnly = true)
    public PageResult<DecisionSummary> ofPerson(long personId, Scope scope, int page, int size) {
        people.get(personId, null, scope); // 404 outside the scope
        return list(new DecisionFilter(null, null, null, null, personId, null), Scope.all(), page, size);
    }

    /** The scope's unit ids today and on the date (null = unrestricted). */
    Set<Long> scopeUnits(Scope scope, LocalDate on) {
        if (scope.unrestricted()) {
            return null;
        }
        Set<Long> ids = new HashSet<>(units.subtreeIds(scope.rootUnitIds(), LocalDate.now()));
        if (on != null) {
            ids.addAll(units.subtreeIds(scope.rootUnitIds(), on));
        }
        return ids;
    }

    // ------------------------------------------------------------------ check and issue

    /** Runs the rules on a draft, stores and returns the results (no change to any dossier). */
    @Transactional
    public List<RuleResult> check(long id, Scope scope) {
        Decision d = get(id, scope);
        List<RuleResult> results = evaluate(d, scope);
        rows.saveChecks(id, results);
        return results;
    }

    /**
     * Issues a draft: checks it again (BLOCK stops; WARN needs {@code justification}), applies its effects to every
     * subject's dossier (all or nothing), records the effects and audits the decision.
     */
    @Transactional
    public Decision issue(long id, String justification, Scope scope) {
        rows.lock(id);
        Decision d = get(id, scope);
        requireDraft(d);
        normalise(d.content(), scope, true); // complete and still valid (units, persons, positions)
        List<FieldError> errors = new ArrayList<>();
        if (rows.numberTaken(d.issuer(), d.number(), d.id())) {
            errors.add(new FieldError("number", "Số quyết định " + d.number() + " đã có ở cơ quan ban hành " + d.issuer(), d.number()));
        }
        List<RuleResult> results = evaluate(d, scope);
        results.stream().filter(RuleResult::blocks).forEach(r -> errors.add(new FieldError("rules", r.message(), r.ruleId())));
        List<RuleResult> warnings = results.stream().filter(RuleResult::warns).toList();
        String why = justification == null ? null : justification.strip();
        if (!warnings.isEmpty() && (why == null || why.isEmpty())) {
            errors.add(new FieldError("justification", "Cần ghi lý do để ban hành khi có cảnh báo: "
                    + warnings.stream().map(RuleResult::message).collect(Collectors.joining("; "))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        rows.saveChecks(id, results);
        List<CareerFacts.Effect> effects = apply(d, scope);
        rows.saveEffects(id, effects);
        rows.markIssued(id, warnings.isEmpty() ? null : why, user());
        Decision issued = load(id);
        Map<String, Object> after = summary(issued);
        if (!warnings.isEmpty()) {
            after.put("justification", why);
            after.put("warnings", warnings.stream().map(RuleResult::message).toList());
        }
        after.put("effects", effects.size());
        audit.record(AuditAction.DECISION, "decision", String.valueOf(id), firstPerson(issued), Map.of("status", "DRAFT"), after);
        return issued;
    }

    /** What a revocation needs: its own number, dates and issuer. */
    public record Revocation(String number, LocalDate signedOn, String issuer, String signer, LocalDate effectiveOn,
                             String note) {
    }

    /** Records and issues a revocation (thu hồi, hủy bỏ) of an issued decision: its effects are undone. */
    @Transactional
    public Decision revoke(long id, Revocation r, Scope scope) {
        Decision target = get(id, scope);
        DecisionDraft draft = new DecisionDraft(DecisionType.REVOCATION, r.number(), r.signedOn(), r.issuer(), r.signer(),
                r.effectiveOn() == null ? target.effectiveOn() : r.effectiveOn(), null, null, target.id(), r.note(), List.of());
        normalise(draft, scope, true);
        Decision created = create(draft, scope);
        return issue(created.id(), null, scope);
    }

    // ------------------------------------------------------------------ scan

    /** Attaches the scan (PDF, PNG or JPEG by content, at most 10 MB); a draft, or an issued decision without scan. */
    @Transactional
    public Decision attachScan(long id, String fileName, byte[] data, Scope scope) {
        rows.lock(id);
        Decision d = get(id, scope);
        if (!d.draft() && d.scan() != null) {
            throw new ValidationException("scan", "Quyết định đã ban hành đã có bản scan, không thể thay");
        }
        if (data == null || data.length == 0) {
            throw new ValidationException("scan", "Tệp bản scan trống");
        }
        if (data.length > MAX_SCAN_BYTES) {
            throw new ValidationException("scan", "Tệp bản scan vượt quá 10 MB");
        }
        String type = contentType(data);
        if (type == null) {
            throw new ValidationException("scan", "Bản scan phải là tệp PDF, PNG hoặc JPEG");
        }
        String name = fileName == null || fileName.isBlank() ? "scan" : VietnameseText.clean(fileName);
        name = name.length() > 255 ? name.substring(0, 255) : name;
        rows.saveScan(id, name, type, data, user());
        audit.record(AuditAction.UPDATE, "decision", String.valueOf(id), firstPerson(d), null,
                Map.of("scan", name, "contentType", type, "size", data.length));
        return load(id);
    }

    /** Detects the type by magic bytes: %PDF, PNG signature, JPEG SOI. */
    static String contentType(byte[] b) {
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "application/pdf";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
                && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    public record ScanFile(String fileName, String contentType, byte[] data) {
    }

    @Transactional(readOnly = true)
    public ScanFile scan(long id, Scope scope) {
        get(id, scope);
        return rows.scan(id).map(s -> new ScanFile(s.fileName(), s.contentType(), s.data()))
                .orElseThrow(() -> new NotFoundException("Quyết định chưa có bản scan"));
    }

    // ------------------------------------------------------------------ helpers: load, scope

    private Decision load(long id) {
        Decision d = rows.find(id, Map.of()).orElseThrow(() -> notFound(id));
        Map<Long, String> names = facts.names(d.subjects().stream().map(DecisionSubject::personId).toList());
        return rows.find(id, names).orElseThrow();
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Không tìm thấy quyết định số " + id);
    }

    private void requireScope(Decision d, Scope scope) {
        if (scope.unrestricted()) {
            return;
        }
        try {
            for (DecisionSubject s : d.subjects()) {
                people.get(s.personId(), d.effectiveOn(), scope);
                if (s.unitId() != null && !units.inScope(s.unitId(), scope, d.effectiveOn())
                        && !units.inScope(s.unitId(), scope, LocalDate.now())) {
                    throw notFound(d.id());
                }
            }
        } catch (NotFoundException e) {
            throw notFound(d.id());
        }
    }

    private static void requireDraft(Decision d) {
        if (!d.draft()) {
            throw new ValidationException("status", "Quyết định đã ban hành (" + d.status().label()
                    + ") không thể sửa; hãy ban hành quyết định thu hồi hoặc sửa đổi");
        }
    }

    private String user() {
        return currentUser.username();
    }

    private static Long firstPerson(Decision d) {
        return d.subjects().isEmpty() ? null : d.subjects().get(0).personId();
    }

    private static Map<String, Object> summary(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", d.number());
        m.put("type", d.type().name());
        m.put("status", d.status().name());
        m.put("issuer", d.issuer());
        m.put("effectiveOn", String.valueOf(d.effectiveOn()));
        m.put("persons", d.subjects().stream().map(DecisionSubject::personId).toList());
        if (d.targetDecisionId() != null) {
            m.put("targetDecisionId", d.targetDecisionId());
        }
        return m;
    }

    // ------------------------------------------------------------------ validation

    /** Checks the content and fills derived fields (home unit, titles, defaults). Persons and units outside the scope → 404. */
    DecisionDraft normalise(DecisionDraft d, Scope scope) {
        return normalise(d, scope, false);
    }

    /** {@code forIssue}: number, issuer and signing date are required (a draft may lack them). */
    DecisionDraft normalise(DecisionDraft d, Scope scope, boolean forIssue) {
        List<FieldError> e = new ArrayList<>();
        if (d.type() == null) {
            e.add(new FieldError("type", "Loại quyết định là bắt buộc", null));
            throw new ValidationException(e);
        }
        String number = clean(d.number());
        String issuer = clean(d.issuer());
        if (number == null) {
            if (forIssue) {
                e.add(new FieldError("number", "Số quyết định là bắt buộc", null));
            }
        } else if (number.length() > 100) {
            e.add(new FieldError("number", "Số quyết định tối đa 100 ký tự", number));
        }
        if (issuer == null) {
            if (forIssue) {
                e.add(new FieldError("issuer", "Cơ quan ban hành là bắt buộc", null));
            }
        } else if (issuer.length() > 300) {
            e.add(new FieldError("issuer", "Cơ quan ban hành tối đa 300 ký tự", issuer));
        }
        if (d.signedOn() == null) {
            if (forIssue) {
                e.add(new FieldError("signedOn", "Ngày ký là bắt buộc", null));
            }
        } else if (d.signedOn().isAfter(LocalDate.now())) {
            e.add(new FieldError("signedOn", "Ngày ký không được sau ngày hôm nay", d.signedOn().format(VN)));
        }
        if (d.effectiveOn() == null) {
            e.add(new FieldError("effectiveOn", "Ngày hiệu lực là bắt buộc", null));
        }
        if (d.endOn() != null && d.effectiveOn() != null && !d.endOn().isAfter(d.effectiveOn())) {
            e.add(new FieldError("endOn", "Ngày kết thúc phải sau ngày hiệu lực", d.endOn().format(VN)));
        }
        DecisionType type = d.type();
        List<DecisionSubject> subjects = d.subjects();
        Decision target = null;
        if (type.effect() == DecisionType.Effect.UNDO || type.effect() == DecisionType.Effect.AMEND) {
            if (d.targetDecisionId() == null) {
                e.add(new FieldError("targetDecisionId", "Quyết định bị thu hồi / sửa đổi là bắt buộc", null));
            } else {
                target = get(d.targetDecisionId(), scope);
                if (target.status() != DecisionStatus.ISSUED) {
                    e.add(new FieldError("targetDecisionId", "Chỉ thu hồi hoặc sửa đổi được quyết định đang có hiệu lực (đã ban hành, chưa bị thu hồi)",
                            d.targetDecisionId()));
                } else if (target.type().effect() == DecisionType.Effect.UNDO) {
                    e.add(new FieldError("targetDecisionId", "Không thể thu hồi hoặc sửa đổi một quyết định thu hồi", d.targetDecisionId()));
                }
            }
            if (type.effect() == DecisionType.Effect.UNDO && target != null) {
                subjects = target.subjects().stream().map(s -> DecisionSubject.person(s.personId())).toList();
            }
        } else if (d.targetDecisionId() != null) {
            e.add(new FieldError("targetDecisionId", "Chỉ quyết định thu hồi hoặc sửa đổi mới có quyết định liên quan", d.targetDecisionId()));
        }
        DecisionType applied = type.effect() == DecisionType.Effect.AMEND && target != null ? target.type() : type;
        if (subjects.isEmpty()) {
            e.add(new FieldError("subjects", "Quyết định phải có ít nhất một người", null));
        }
        if (applied.timeLimited() && d.endOn() == null && subjects.stream().anyMatch(s -> s.returnOn() == null)) {
            e.add(new FieldError("endOn", "Thời hạn (ngày kết thúc, ngày trở về) là bắt buộc với quyết định " + applied.label(), null));
        }
        if (!e.isEmpty() || d.effectiveOn() == null) {
            throw new ValidationException(e);
        }
        LocalDate day = d.effectiveOn();
        List<DecisionSubject> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            out.add(subject(subjects.get(i), "subjects[" + i + "].", applied, d, day, scope, seen, e));
        }
        if (!e.isEmpty()) {
            throw new ValidationException(e);
        }
        return new DecisionDraft(type, number, d.signedOn(), issuer, clean(d.signer()), day, d.endOn(), d.referenceOn(),
                d.targetDecisionId(), clean(d.note()), out);
    }

    private DecisionSubject subject(DecisionSubject s, String f, DecisionType type, DecisionDraft d, LocalDate day,
                                    Scope scope, Set<Long> seen, List<FieldError> e) {
        if (s.personId() == null) {
            e.add(new FieldError(f + "personId", "Người được quyết định là bắt buộc", null));
            return s;
        }
        if (!seen.add(s.personId())) {
            e.add(new FieldError(f + "personId", "Mỗi người chỉ có một dòng trong quyết định", s.personId()));
        }
        PersonView person = people.get(s.personId(), day, scope); // 404 outside the scope
        Long home = homeUnit(person, day);
        Long unitId = s.unitId();
        String titleCode = clean(s.titleCode());
        String titleText = clean(s.titleText());
        boolean concurrent = s.concurrent() || type.concurrentPost();
        String rankCode = clean(s.rankCode());
        Integer step = s.step();
        BigDecimal coefficient = s.coefficient();
        if (type.needsPosition()) {
            if (s.positionId() == null) {
                e.add(new FieldError(f + "positionId", "Chức vụ được " + type.label() + " là bắt buộc", null));
            } else {
                Optional<Position> p = facts.positionOn(s.personId(), s.positionId(), day.minusDays(1))
                        .or(() -> facts.position(s.personId(), s.positionId()));
                if (p.isEmpty()) {
                    e.add(new FieldError(f + "positionId", "Chức vụ không có trong hồ sơ của " + person.person().data().fullName(), s.positionId()));
                } else {
                    Position x = p.get();
                    if (!x.validOn(day.minusDays(1)) || !x.validFrom().isBefore(day)) {
                        e.add(new FieldError(f + "positionId", "Chức vụ " + title(x) + " không còn giữ vào ngày " + day.format(VN), s.positionId()));
                    }
                    if (type.effect() == DecisionType.Effect.RENEW) {
                        unitId = unitId == null ? x.unitId() : unitId;
                        titleCode = titleCode == null ? x.titleCode() : titleCode;
                        titleText = titleText == null ? x.titleText() : titleText;
                        concurrent = x.concurrent();
                    }
                }
            }
        }
        if (type.needsPost() || type.effect() == DecisionType.Effect.RENEW) {
            if (unitId == null) {
                e.add(new FieldError(f + "unitId", "Đơn vị là bắt buộc", null));
            } else if (units.find(unitId, day).isEmpty()) {
                e.add(new FieldError(f + "unitId", "Đơn vị không tồn tại vào ngày hiệu lực " + day.format(VN), unitId));
            } else if (!units.inScope(unitId, scope, day)) {
                throw new NotFoundException("Không tìm thấy đơn vị số " + unitId);
            }
            if (titleCode == null && titleText == null) {
                e.add(new FieldError(f + "titleCode", "Chức vụ, chức danh là bắt buộc", null));
            } else if (titleCode != null && catalogs.find(CatalogType.TITLE, titleCode).isEmpty()) {
                e.add(new FieldError(f + "titleCode", "Mã chức vụ '" + titleCode + "' không có trong danh mục", titleCode));
            } else if (titleText == null) {
                titleText = catalogs.name(CatalogType.TITLE, titleCode);
            }
        } else if (unitId != null && !units.inScope(unitId, scope, day)) {
            throw new NotFoundException("Không tìm thấy đơn vị số " + unitId);
        }
        if (type.needsSalary() || rankCode != null || step != null) {
            Salary current = person.salaries().stream().filter(x -> x.validOn(day.minusDays(1))).findFirst().orElse(null);
            if (rankCode == null && type != DecisionType.RANK_CHANGE && current != null) {
                rankCode = current.rankCode();
            }
            if (step == null && current != null && type != DecisionType.RANK_CHANGE && current.step() != null
                    && (type == DecisionType.SALARY_STEP_REGULAR || type == DecisionType.SALARY_STEP_EARLY)) {
                step = current.step() + 1;
            }
            if (rankCode == null) {
                e.add(new FieldError(f + "rankCode", "Mã ngạch là bắt buộc", null));
            } else {
                Optional<Rank> rank = catalogs.rank(rankCode);
                if (rank.isEmpty()) {
                    e.add(new FieldError(f + "rankCode", "Mã ngạch '" + rankCode + "' không có trong danh mục", rankCode));
                } else if (step == null) {
                    e.add(new FieldError(f + "step", "Bậc lương là bắt buộc", null));
                } else if (rank.get().steps() > 0 && (step < 1 || step > rank.get().steps())) {
                    e.add(new FieldError(f + "step", "Bậc lương phải từ 1 đến " + rank.get().steps() + " (ngạch " + rankCode + ")", step));
                } else if (coefficient == null) {
                    coefficient = rank.get().coefficient(step).orElse(null);
                }
            }
        }
        if (s.incompleteYears() < 0 || s.incompleteYears() > 10) {
            e.add(new FieldError(f + "incompleteYears", "Số năm không hoàn thành nhiệm vụ phải từ 0 đến 10", s.incompleteYears()));
        }
        if (s.returnOn() != null && !s.returnOn().isAfter(day)) {
            e.add(new FieldError(f + "returnOn", "Ngày trở về phải sau ngày hiệu lực", s.returnOn().format(VN)));
        }
        Integer probation = s.probationMonths();
        if (probation != null && (probation < 0 || probation > 24)) {
            e.add(new FieldError(f + "probationMonths", "Thời gian tập sự phải từ 0 đến 24 tháng", probation));
        }
        if (probation == null && type == DecisionType.RECRUITMENT) {
            probation = rules.parameters().intValue("probation.months", day);
        }
        Boolean higher = s.higherPost() == null ? type.higherPostByDefault() : s.higherPost();
        LocalDate returnOn = s.returnOn() == null && type.timeLimited() ? d.endOn() : s.returnOn();
        if (titleText != null && titleText.length() > 300) {
            e.add(new FieldError(f + "titleText", "Tên chức vụ tối đa 300 ký tự", null));
        }
        return new DecisionSubject(null, s.personId(), person.person().data().fullName(), home, unitId, titleCode, titleText,
                concurrent, s.partyPost(), s.positionId(), higher, rankCode, step, coefficient, s.positionAllowance(),
                s.seniorityPct(), s.incompleteYears(), returnOn, probation, clean(s.note()));
    }

    private static Long homeUnit(PersonView p, LocalDate day) {
        if (p.mainPosition() != null) {
            return p.mainPosition().unitId();
        }
        return p.positions().stream().filter(x -> !x.concurrent()).filter(x -> !x.validFrom().isAfter(day))
                .max(Comparator.comparing(Position::validFrom)).map(Position::unitId)
                .orElse(p.positions().stream().filter(x -> !x.concurrent()).findFirst().map(Position::unitId).orElse(null));
    }

    static String title(Position p) {
        return p.titleText() != null ? p.titleText() : p.titleCode();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = VietnameseText.clean(s);
        return c == null || c.isBlank() ? null : c.strip();
    }

    // ------------------------------------------------------------------ rules

    /** The applicable rules for every subject, with the parameters in force on the effective date. */
    List<RuleResult> evaluate(Decision d, Scope scope) {
        DecisionType type = d.type();
        if (type.effect() == DecisionType.Effect.UNDO) {
            return List.of();
        }
        if (type.effect() == DecisionType.Effect.AMEND) {
            type = load(d.targetDecisionId()).type();
        }
        LocalDate day = d.effectiveOn();
        List<RuleResult> out = new ArrayList<>();
        for (DecisionSubject s : d.subjects()) {
            PersonView p = people.get(s.personId(), day, scope);
            var data = p.person().data();
            SubjectFacts f = new SubjectFacts(s.personId(), data.fullName(), data.gender(), data.birthDate(), data.category(),
                    p.disciplines());
            switch (type) {
                case APPOINTMENT, PROMOTION, ELECTION, DESIGNATION, NOMINATION -> {
                    if (Boolean.TRUE.equals(s.higherPost())) {
                        out.add(rules.ageGate(f, d.referenceOn() == null ? day : d.referenceOn()));
                        out.addAll(rules.disciplineWait(f, day));
                    }
                }
                case ROTATION -> {
                    out.add(rules.rotationDuration(f, day, s.returnOn() == null ? d.endOn() : s.returnOn()));
                    out.add(rules.rotationRemaining(f, day));
                }
                case REAPPOINTMENT -> out.add(rules.reappointment(f, day,
                        Terms.termEnd(day, rules.parameters().intValue("appoint.term_months", day))));
                case EXTENSION_TO_RETIREMENT -> {
                    LocalDate termEnd = s.positionId() == null ? day : facts.position(s.personId(), s.positionId())
                            .map(x -> x.termEnd() == null ? day : x.termEnd()).orElse(day);
                    out.add(rules.extension(f, day, termEnd));
                }
                case RETIREMENT -> {
                    out.add(rules.retirementDate(f, day));
                    out.addAll(rules.retirementTiming(f, day, d.signedOn()));
                }
                case SALARY_STEP_REGULAR, SALARY_STEP_EARLY -> out.add(raise(type, f, p, s, day));
                default -> {
                }
            }
        }
        if (type == DecisionType.SALARY_STEP_EARLY) {
            Map<Long, Long> perUnit = d.subjects().stream().filter(s -> s.homeUnitId() != null)
                    .collect(Collectors.groupingBy(DecisionSubject::homeUnitId, Collectors.counting()));
            Map<Long, Long> heads = people.headcounts(perUnit.keySet(), day);
            var names = units.findAll(perUnit.keySet(), day);
            perUnit.forEach((unit, n) -> out.add(rules.earlyRaiseQuota(names.containsKey(unit) ? names.get(unit).name() : "#" + unit,
                    rows.earlyRaises(unit, day.getYear(), d.id()) + n, heads.getOrDefault(unit, 0L), day)));
        }
        return out;
    }

    private RuleResult raise(DecisionType type, SubjectFacts f, PersonView p, DecisionSubject s, LocalDate day) {
        Salary current = p.salaries().stream().filter(x -> x.validOn(day.minusDays(1))).findFirst().orElse(null);
        Rank rank = current == null || current.rankCode() == null ? null : catalogs.rank(current.rankCode()).orElse(null);
        if (current == null || rank == null || current.step() == null) {
            return new RuleResult("SAL-01", "salary.step_months_high", vn.canbo.rules.RuleMode.BLOCK, false,
                    "[SAL-01] " + f.fullName() + " chưa có bậc lương (ngạch, bậc) trước ngày " + day.format(VN)
                            + " — không thể tính thời gian nâng bậc", null, f.personId());
        }
        List<String> forms = f.disciplines().stream()
                .filter(x -> x.decidedOn() != null && !x.decidedOn().isBefore(current.validFrom()) && x.decidedOn().isBefore(day))
                .map(Discipline::formCode).toList();
        List<SalaryRaises.Delay> delays = SalaryRaises.delays(f.category(), forms, s.incompleteYears(), rules.delayMonths(day));
        if (type == DecisionType.SALARY_STEP_EARLY) {
            return rules.earlyRaise(f, rank, current.step(), current.validFrom(), day, delays);
        }
        return rules.regularRaise(f, rank, current.step(), current.validFrom(), s.step() == null ? current.step() + 1 : s.step(),
                day, delays);
    }

    // ------------------------------------------------------------------ effects

    private List<CareerFacts.Effect> apply(Decision d, Scope scope) {
        List<CareerFacts.Effect> all = new ArrayList<>();
        DecisionType type = d.type();
        if (type.effect() == DecisionType.Effect.UNDO || type.effect() == DecisionType.Effect.AMEND) {
            Decision target = load(d.targetDecisionId());
            facts.undo(rows.liveEffects(target.id()), (type == DecisionType.REVOCATION ? "Thu hồi" : "Sửa đổi")
                    + " bởi quyết định " + d.number());
            rows.markUndone(target.id());
            if (type.effect() == DecisionType.Effect.UNDO) {
                rows.markRevoked(target.id(), d.id(), user());
                audit.record(AuditAction.DECISION, "decision", String.valueOf(target.id()), firstPerson(target),
                        Map.of("status", "ISSUED"), Map.of("status", "REVOKED", "revokedBy", d.id()));
                return all;
            }
            rows.markRevoked(target.id(), d.id(), user());
            rows.markAmended(target.id(), d.id(), user());
            type = target.type();
        }
        int term = rules.parameters().intValue("appoint.term_months", d.effectiveOn());
        for (int i = 0; i < d.subjects().size(); i++) {
            DecisionSubject s = d.subjects().get(i);
            try {
                all.addAll(applySubject(d, type, s, term));
            } catch (ValidationException ex) {
                String prefix = "subjects[" + i + "].";
                throw new ValidationException(ex.errors().stream().map(x -> new FieldError(prefix + x.field(),
                        (s.personName() == null ? "" : s.personName() + ": ") + x.message(), x.rejectedValue())).toList());
            }
        }
        return all;
    }

    private List<CareerFacts.Effect> applySubject(Decision d, DecisionType type, DecisionSubject s, int termMonths) {
        LocalDate day = d.effectiveOn();
        long pid = s.personId();
        List<CareerFacts.Effect> out = new ArrayList<>();
        switch (type.effect()) {
            case OPEN -> {
                LocalDate to = type.timeLimited() ? (s.returnOn() != null ? s.returnOn() : d.endOn()) : d.endOn();
                LocalDate termEnd = type.startsTerm() ? (type == DecisionType.ELECTION && d.endOn() != null ? d.endOn()
                        : Terms.termEnd(day, termMonths)) : null;
                Position p = new Position(null, s.unitId(), null, s.titleCode(), s.titleText(), s.concurrent(), s.partyPost(),
                        day, to, type.startsTerm() ? day : null, termEnd, d.number(), d.signedOn(), null, s.note());
                out.addAll(s.concurrent() ? facts.openConcurrentPosition(pid, p, d.id()) : facts.openMainPosition(pid, p, d.id()));
                if (s.rankCode() != null && s.step() != null) {
                    out.addAll(facts.addSalary(pid, salary(d, s, day), d.id()));
                }
            }
            case RENEW -> {
                LocalDate termEnd = type == DecisionType.EXTENSION_TO_RETIREMENT ? retirementDate(pid, day)
                        : Terms.termEnd(day, termMonths);
                out.addAll(facts.closePosition(pid, s.positionId(), day, d.id()));
                Position p = new Position(null, s.unitId(), null, s.titleCode(), s.titleText(), s.concurrent(), s.partyPost(),
                        day, null, day, termEnd, d.number(), d.signedOn(), null, s.note());
                out.addAll(s.concurrent() ? facts.openConcurrentPosition(pid, p, d.id()) : facts.openMainPosition(pid, p, d.id()));
            }
            case CLOSE_ONE -> out.addAll(facts.closePosition(pid, s.positionId(), day, d.id()));
            case CLOSE_ALL -> out.addAll(facts.closeAllPositions(pid, day, d.id()));
            case SALARY -> out.addAll(facts.addSalary(pid, salary(d, s, day), d.id()));
            default -> {
            }
        }
        return out;
    }

    private LocalDate retirementDate(long personId, LocalDate day) {
        PersonView p = people.get(personId, day, Scope.all());
        return Retirement.of(p.person().data().gender(), p.person().data().birthDate(),
                rules.parameters().intValue("retire.notice_months", day), rules.parameters().intValue("retire.decision_months", day))
                .retirementDate();
    }

    private Salary salary(Decision d, DecisionSubject s, LocalDate day) {
        PersonView p = people.get(s.personId(), day, Scope.all());
        Salary current = p.salaries().stream().filter(x -> x.validOn(day.minusDays(1))).findFirst().orElse(null);
        BigDecimal allowance = s.positionAllowance() != null ? s.positionAllowance() : current == null ? null : current.positionAllowance();
        return new Salary(null, s.rankCode(), s.step(), s.coefficient(), current == null ? null : current.percent(),
                s.seniorityPct(), allowance, current == null ? null : current.otherAllowances(), null, day, null,
                d.number(), d.signedOn());
    }
}
