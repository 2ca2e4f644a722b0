/**
 * Hồ sơ cán bộ, công chức, viên chức: the dossier (Mẫu 2C), positions, salary, qualifications, training,
 * awards, discipline, family and history, all effective-dated. API: {@link vn.canbo.people.PersonService},
 * {@link vn.canbo.people.PersonSearch}; implements {@link vn.canbo.org.HeadcountProvider} and listens to
 * {@link vn.canbo.org.UnitsRestructured} and {@link vn.canbo.catalog.CatalogChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
        allowedDependencies = {"audit", "catalog", "org", "org::spi", "security", "shared"})
package vn.canbo.people;
