package vn.canbo.evaluation;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;

/** The implementation of {@link Campaigns}. */
@Service
class CampaignService implements Campaigns {

	@Override
	public Campaign open(NewCampaign c, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Campaign> list(Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Campaign get(long campaignId, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Subject> subjects(long campaignId, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Subject subject(long subjectId, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<FieldError> problems(long campaignId, List<ScoreEntry> entries, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Subject> record(long campaignId, List<ScoreEntry> entries, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Subject recordStep(long subjectId, StepEntry step, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public QuotaCheck quota(long campaignId, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Campaign finalise(long campaignId, Finalisation f, Scope scope) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Subject correct(long subjectId, Correction c, Scope scope) {
		throw new UnsupportedOperationException();
	}

}
