package se.arenaregister.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Spring Boot's error attributes, plus the field the input edge refused, so the error page can name it. */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object field = request.getAttribute(InputEdgeFilter.INVALID_FIELD, RequestAttributes.SCOPE_REQUEST);
        if (field != null) {
            attributes.put("invalidField", field);
        }
        return attributes;
    }
}
