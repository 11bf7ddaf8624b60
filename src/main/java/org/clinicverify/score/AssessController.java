package org.clinicverify.score;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code POST /api/v1/assess}: one page in ({@link AssessRequest}), its {@link Verdict} out. */
@Controller("/api/v1")
final class AssessController {

    private final PageAssessor assessor;

    AssessController(PageAssessor assessor) {
        this.assessor = assessor;
    }

    @Post(uri = "/assess", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    Verdict assess(@Body AssessRequest request) {
        return assessor.assess(request);
    }

    @Error(exception = BadAssessInput.class)
    HttpResponse<AssessError> badInput(HttpRequest<?> request, BadAssessInput e) {
        return HttpResponse.badRequest(e.toError());
    }
}
