package vn.canbo.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/** The organisation tree: reads as of a date, and the creation of units. */
@Service
public class UnitService implements Units {

    static final String VALID_ON = "v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)";
    static final String COLUMNS = """
            u.id, u.code, v.name, v.short_name, v.type_code, v.admin_level, v.parent_id, v.valid_from, v.valid_to""";

    private final JdbcClient jdbc;
    private final Catalogs catalogs;

    UnitService(JdbcClient jdbc, Catalogs catalogs) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
    }

    /** What a new unit is. */
    public record NewUnit(String code, String name, String shortName, String typeCode, AdminLevel level,
                          Long parentId, LocalDate validFrom) {
    }

    /** Thành lập: a new unit from a date, recorded as a CREATE restructuring. */
    @Transactional
    public UnitView create(NewUnit u) {
        List<FieldError> errors = new ArrayList<>();
        String code = VietnameseText.clean(u.code());
        String name = VietnameseText.clean(u.name());
        if (code == null) {
            errors.add(new FieldError("code", "Mã đơn vị là bắt buộc"));
        } else if (jdbc.sql("select count(*) from org_unit where code = ?").param(code).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Mã đơn vị đã tồn tại", code));
        }
        if (name == null) {
            errors.add(new FieldError("name", "Tên đơn vị là bắt buộc"));
        }
        if (u.validFrom() == null) {
            errors.add(new FieldError("validFrom", "Ngày thành lập là bắt buộc"));
        }
        if (u.level() == null) {
            errors.add(new FieldError("level", "Cấp hành chính là bắt buộc"));
        }
        if (u.typeCode() == null || (u.validFrom() != null && !catalogs.isValid(CatalogType.UNIT_TYPE, u.typeCode(), u.validFrom()))) {
            errors.add(new FieldError("typeCode", "Loại đơn vị không có trong danh mục hoặc đã hết hiệu lực", u.typeCode()));
        }
        if (u.parentId() != null && u.validFrom() != null && find(u.parentId(), u.validFrom()).isEmpty()) {
            errors.add(new FieldError("parentId", "Đơn vị cấp trên không tồn tại vào ngày thành lập", u.parentId()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long restructuringId = jdbc.sql("""
                insert into org_restructuring (kind, effective_date, note) values ('CREATE', ?, ?) returning id""")
                .params(u.validFrom(), "Thành lập " + name).query(Long.class).single();
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id").param(code).query(Long.class).single();
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, short_name, type_code, admin_level, parent_id, valid_from, restructuring_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, VietnameseText.clean(u.shortName()), u.typeCode(), u.level().name(), u.parentId(),
                        u.validFrom(), restructuringId)
                .update();
        return find(id, u.validFrom()).orElseThrow();
    }

    @Override
    public Optional<UnitView> find(long id, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + " from org_unit u join org_unit_version v on v.unit_id = u.id where u.id = :id and " + VALID_ON)
                .param("id", id).param("d", asOf).query(UnitService::map).optional();
    }

    @Override
    public Optional<UnitView> findByCode(String code, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + " from org_unit u join org_unit_version v on v.unit_id = u.id where u.code = :code and " + VALID_ON)
                .param("code", code).param("d", asOf).query(UnitService::map).optional();
    }

    @Override
    public Map<Long, UnitView> findAll(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, UnitView> m = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from org_unit u join org_unit_version v on v.unit_id = u.id where u.id = any(:ids) and " + VALID_ON)
                .param("ids", ids.toArray(Long[]::new)).param("d", asOf)
                .query(UnitService::map).list().forEach(v -> m.put(v.id(), v));
        return m;
    }

    /** Children of a unit (or the roots when null) on the date, by name. */
    public List<UnitView> children(Long parentId, LocalDate asOf) {
        String where = parentId == null ? "v.parent_id is null" : "v.parent_id = :p";
        var spec = jdbc.sql("select " + COLUMNS + " from org_unit u join org_unit_version v on v.unit_id = u.id where "
                + where + " and " + VALID_ON + " order by v.admin_level, v.type_code, v.name").param("d", asOf);
        if (parentId != null) {
            spec = spec.param("p", parentId);
        }
        return spec.query(UnitService::map).list();
    }

    @Override
    public Set<Long> subtreeIds(Collection<Long> rootIds, LocalDate asOf) {
        if (rootIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                with recursive roots(id) as (
                    select unnest(cast(:roots as bigint[]))
                    union
                    select l.predecessor_id from org_restructuring_link l join roots r on l.successor_id = r.id
                ), tree(id) as (
                    select id from roots
                    union
                    select v.unit_id from org_unit_version v join tree t on v.parent_id = t.id
                    where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                )
                select id from tree""")
                .param("roots", rootIds.toArray(Long[]::new)).param("d", asOf).query(Long.class).list());
    }

    @Override
    public List<UnitView> path(long id, LocalDate asOf) {
        List<UnitView> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Optional<UnitView> u = find(id, asOf);
        while (u.isPresent() && seen.add(u.get().id())) {
            path.add(u.get());
            u = u.get().parentId() == null ? Optional.empty() : find(u.get().parentId(), asOf);
        }
        Collections.reverse(path);
        return path;
    }

    static UnitView map(ResultSet rs, int n) throws SQLException {
        return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                rs.getString("type_code"), AdminLevel.valueOf(rs.getString("admin_level")),
                (Long) rs.getObject("parent_id"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
