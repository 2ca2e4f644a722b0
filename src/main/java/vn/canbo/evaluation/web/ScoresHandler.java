package vn.canbo.evaluation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Disqualifiers;
import vn.canbo.evaluation.PendingRatings;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.evaluation.Subject;
import vn.canbo.imports.ImportContext;
import vn.canbo.imports.ImportRow;
import vn.canbo.imports.RowHandler;
import vn.canbo.people.PersonLookup;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.RowErrors;

/**
 * Rows of EVALUATION_SCORES: the campaign must be in the scope and open, the person (by
 * CCCD, in the scope) one of its subjects, once in the file (the persons and the subjects
 * they are read once per batch, not the campaign's every subject; the scope of a person
 * is looked up only when they are not a subject in the scope); then the row is checked by
 * {@link Campaigns#problems} exactly as a grid save, each error on its row and column.
 * The commit records the rows through {@link Campaigns#save} (the checks of a grid save,
 * the subjects not read back), campaign by campaign, inside the import's single
 * transaction: any refusal rolls the whole file back. A commit of every row or none
 * ({@link ImportContext#allOrNothing}) checks each row once, in that save (issue 15): the
 * save checks the rows under the campaign's lock, in the transaction that writes them, so
 * it sees exactly the data it writes over, and its refusal names the row and rolls the
 * file back as a refusal by {@link #check} would. A commit of the valid rows only still
 * checks in {@link #check} first, so that a row refused then is left out, not fatal.
 */
final class ScoresHandler implements RowHandler {

	private static final Pattern ENTRY = Pattern.compile("entries\\[(\\d+)]\\.?(.*)");

	private final Campaigns campaigns;

	private final PersonLookup lookup;

	ScoresHandler(Campaigns campaigns, PersonLookup lookup) {
		this.campaigns = campaigns;
		this.lookup = lookup;
	}

	private static String text(String key, Object... args) {
		return Messages.text("evaluation.template.error." + key, args);
	}

	@Override
	public void check(List<ImportRow> batch, ImportContext ctx) {
		Map<Long, Optional<Campaign>> known = ctx.state("campaigns", HashMap::new);
		Map<String, Integer> seen = ctx.state("seen", HashMap::new);
		Map<Long, PendingRatings> pending = ctx.state("pending", HashMap::new);
		Map<String, PersonLookup.Match> persons = new HashMap<>();
		List<String> ids = batch.stream().map(r -> r.text("nationalId")).filter(s -> s != null).toList();
		for (PersonLookup.Match m : lookup.byNationalIds(ids)) {
			persons.put(m.nationalId(), m);
		}
		// the subjects the batch names, campaign by campaign (one query each)
		Map<Long, List<Long>> named = new LinkedHashMap<>();
		for (ImportRow r : batch) {
			PersonLookup.Match p = persons.get(r.text("nationalId"));
			long campaignId = r.integer("campaignId");
			if (p != null
					&& known.computeIfAbsent(campaignId, id -> find(id, ctx)).filter(c -> !c.finalised()).isPresent()) {
				named.computeIfAbsent(campaignId, k -> new ArrayList<>()).add(p.id());
			}
		}
		Map<Long, Map<Long, Subject>> subjectsOf = new HashMap<>();
		named.forEach((campaignId, people) -> subjectsOf.put(campaignId,
				campaigns.subjectsOfPersons(campaignId, people, ctx.scope())));
		Map<Long, List<ImportRow>> byCampaign = new LinkedHashMap<>();
		for (ImportRow r : batch) {
			long campaignId = r.integer("campaignId");
			Optional<Campaign> c = known.computeIfAbsent(campaignId, id -> find(id, ctx));
			if (c.isEmpty()) {
				r.error("campaignId", text("campaign", String.valueOf(campaignId)));
				continue;
			}
			if (c.get().finalised()) {
				r.error("campaignId", text("finalised", c.get().name()));
				continue;
			}
			PersonLookup.Match p = persons.get(r.text("nationalId"));
			// a subject in the scope is visible to the user; anyone else is looked up
			// (rare)
			Subject s = p == null ? null : subjectsOf.getOrDefault(campaignId, Map.of()).get(p.id());
			if (p == null || s == null && !lookup.visible(p.id(), ctx.scope())) {
				r.error("nationalId", text("person", r.text("nationalId")));
				continue;
			}
			if (r.text("fullName") != null && !r.text("fullName").equalsIgnoreCase(p.fullName())) {
				r.warn("fullName", text("name", r.text("fullName"), p.fullName()));
			}
			if (s == null) {
				r.error("nationalId", text("notSubject", p.fullName(), c.get().name()));
				continue;
			}
			Integer earlier = seen.putIfAbsent(campaignId + "/" + p.id(), r.number());
			if (earlier != null && earlier != r.number()) {
				r.error("nationalId", text("twice", p.fullName(), String.valueOf(earlier)));
				continue;
			}
			Disqualifiers d = new Disqualifiers(r.bool("degradation"), r.bool("disciplined"), r.bool("unitCorruption"));
			r.attach(new ScoreEntry(s.id(), p.id(), r.decimal("commonScore"), r.decimal("taskScore"),
					r.decimal("score"), r.code("rating") == null ? null : Rating.valueOf(r.code("rating")),
					d.any() ? d : null, r.text("taskGroup")));
			byCampaign.computeIfAbsent(campaignId, k -> new ArrayList<>()).add(r);
		}
		if (ctx.allOrNothing()) {
			// the write checks the same rows again (Campaigns.save) in the same
			// transaction,
			// under the campaign's lock, and a refusal there fails the import as one here
			// would
			return;
		}
		byCampaign.forEach((campaignId, rows) -> {
			List<ScoreEntry> entries = rows.stream().map(r -> r.<ScoreEntry>attachment()).toList();
			// the preview stores nothing: the quota counts the rows of earlier batches
			PendingRatings earlier = ctx.commit() ? null
					: pending.computeIfAbsent(campaignId, k -> new PendingRatings());
			for (FieldError e : campaigns.problems(campaignId, entries, earlier, ctx.scope())) {
				Matcher m = ENTRY.matcher(e.field() == null ? "" : e.field());
				rows.get(RowErrors.index(ENTRY, e.field(), rows.size()))
					.error(m.matches() ? column(m.group(2)) : null, e.message());
			}
		});
	}

	private Optional<Campaign> find(long id, ImportContext ctx) {
		try {
			return Optional.of(campaigns.get(id, ctx.scope()));
		}
		catch (NotFoundException e) {
			return Optional.empty();
		}
	}

	/** The template column of an API field name (null: the row as a whole). */
	static String column(String apiField) {
		String f = apiField.contains(".") ? apiField.substring(0, apiField.indexOf('.')) : apiField;
		return switch (f) {
			case "commonScore", "taskScore", "score", "rating", "taskGroup" -> f;
			case "degradation", "disciplined", "unitCorruption" -> f;
			case "disqualifiers" -> apiField.contains(".") ? apiField.substring(apiField.indexOf('.') + 1) : null;
			case "subjectId", "personId" -> "nationalId";
			default -> null;
		};
	}

	@Override
	public void write(List<ImportRow> batch, ImportContext ctx) {
		Map<Long, List<ImportRow>> byCampaign = new LinkedHashMap<>();
		for (ImportRow r : batch) {
			if (r.attachment() != null) {
				byCampaign.computeIfAbsent((long) r.integer("campaignId"), k -> new ArrayList<>()).add(r);
			}
		}
		byCampaign.forEach((campaignId, rows) -> {
			RowErrors.named(ENTRY, rows.stream().map(ImportRow::number).toList(), "evaluation.template.error.row",
					() -> {
						campaigns.save(campaignId, rows.stream().map(r -> r.<ScoreEntry>attachment()).toList(),
								ctx.scope());
						return null;
					});
			ctx.updated(rows.size());
		});
	}

}
