from django.utils.functional import Promise
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def bidi_isolated(sentence: "str | Promise", **values: object) -> SafeString:
    """Fill a translated sentence with user data, each value in its own <bdi>, so a
    Latin name in an Arabic sentence (or the reverse) cannot reorder the sentence."""
    isolated = {name: format_html("<bdi>{}</bdi>", value) for name, value in values.items()}
    return mark_safe(escape(str(sentence)) % isolated)  # noqa: S308 - every part is escaped
