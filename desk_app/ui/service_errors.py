"""Words for errors that come back from an Op, in the officer's language.

Services raise ServiceError with a message key (never personal data); services.messages holds
the sentences. Anything else that reaches a screen is a fault: the officer sees the general
"something went wrong" sentence and the type alone goes to the log (ui.tasks does that).
"""

from __future__ import annotations

from desk_app.services.errors import InvalidInput, ServiceError
from desk_app.services.messages import render


def error_text(error: BaseException, lang: str) -> str:
    """One sentence for the whole error."""
    if isinstance(error, ServiceError):
        return render(error.key, lang, **error.params)
    return render("error.unexpected", lang)


def field_texts(error: InvalidInput, lang: str) -> dict[str, str]:
    """Field name -> sentence; two problems with one field are shown one under the other."""
    texts: dict[str, str] = {}
    for problem in error.errors:
        sentence = render(problem.key, lang, **dict(problem.params))
        texts[problem.field] = (
            f"{texts[problem.field]}\n{sentence}" if problem.field in texts else sentence
        )
    return texts
