/**
 * Đào tạo, bồi dưỡng (issue 16): courses (khóa, lớp) of a kind organised under a unit,
 * the level a course may confer (table {@code training_kind_level}), sending decisions
 * (cử đi học) that enrol one or many persons (one enrolment = one "lượt"), and results; a
 * completion of a course that confers a level adds that qualification to the dossier
 * through the people API, and revoking the result removes it. API (named interface
 * {@code training::api}): {@link vn.canbo.training.Courses} and the records it uses.
 * Yearly training plans ({@link vn.canbo.training.TrainingPlans}) keep their targets as
 * indicators of a targets programme. Implements {@link vn.canbo.people.DossierPanel} (a
 * person's training) and {@link vn.canbo.documents.CvTrainingSource} (the CV's training
 * items).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training", allowedDependencies = { "audit", "catalog",
		"documents", "imports::spi", "org", "people::api", "reports", "reports::spi", "security", "shared", "targets" })
package vn.canbo.training;
