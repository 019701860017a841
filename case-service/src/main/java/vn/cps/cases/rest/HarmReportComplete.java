package vn.cps.cases.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.cps.cases.domain.IntakeCategory;

/**
 * A report of harm or risk names the child, the place, the harm and a summary; each missing one
 * is reported as a violation of its own field, in the same pass as the other constraints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HarmReportComplete.Validator.class)
public @interface HarmReportComplete {

    String message() default "is required in a report of harm";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HarmReportComplete, IntakeRequest> {

        @Override
        public boolean isValid(IntakeRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (request.child() != null && request.children() != null && !request.children().isEmpty()) {
                context.buildConstraintViolationWithTemplate("give child or children, not both")
                        .addPropertyNode("children").addConstraintViolation();
                valid = false;
            }
            if (request.categoryOrDefault() != IntakeCategory.REPORT_OF_HARM) {
                return valid;
            }
            if (request.child() == null && (request.children() == null || request.children().isEmpty())) {
                valid = missing(context, "child");
            }
            if (request.location() == null) {
                valid = missing(context, "location");
            }
            if (request.harmTypes() == null || request.harmTypes().isEmpty()) {
                valid = missing(context, "harmTypes");
            }
            if (request.summary() == null || request.summary().isBlank()) {
                valid = missing(context, "summary");
            }
            return valid;
        }

        private static boolean missing(ConstraintValidatorContext context, String field) {
            context.buildConstraintViolationWithTemplate("is required in a report of harm")
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
