package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.time.Instant;

/**
 * An import job and its result. Status: READING (preview running) → READY (preview done;
 * commit allowed when {@code errorRows == 0} or with skipInvalid) or FAILED (file
 * refused); COMMITTING → DONE or FAILED (nothing written).
 * {@code processed}/{@code expected} drive the progress bar while READING or COMMITTING;
 * {@code unlistedIssues}: errors and warnings found beyond the stored limit (only
 * counted).
 */
public record ImportJob(long id, String template, String templateTitle, String fileName, long fileSize, Status status,
		int totalRows, int validRows, int errorRows, int warningRows, int duplicateRows, int hiddenRows,
		int createdCount, int updatedCount, int skippedCount, DuplicateMode duplicateMode, boolean skipInvalid,
		String message, String createdBy, Instant createdAt, Instant previewedAt, String committedBy,
		Instant committedAt, Instant finishedAt, long processed, long expected, long unlistedIssues) {

	public enum Status {

		READING, READY, FAILED, COMMITTING, DONE;

		public boolean running() {
			return this == READING || this == COMMITTING;
		}

		public String label() {
			return Messages.text("imports.status." + name());
		}

	}

	/** Progress in percent (0–100) while running; 100 when finished. */
	public int percent() {
		if (!status.running()) {
			return 100;
		}
		if (expected <= 0) {
			return 0;
		}
		return (int) Math.min(99, processed * 100 / expected);
	}

	public boolean committable() {
		return status == Status.READY && validRows > 0;
	}
}
