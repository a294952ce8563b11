"""The Jinja2 templates of the emails and the report: yours first ([notify] templates), then the built-in ones."""

from typing import TYPE_CHECKING, Any

from wine_luigi.config import notify
from wine_luigi.summary import euros

if TYPE_CHECKING:  # Jinja2 is imported when a template is first needed, not by every command
    import jinja2


def templates() -> "jinja2.Environment":
    """Templates from [notify] templates first, then the built-in ones; HTML is autoescaped."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, select_autoescape

    folder = notify().templates
    loaders = ([FileSystemLoader(folder)] if folder else []) + [PackageLoader("wine_luigi", "templates")]
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["euros"] = euros
    env.filters["figure"] = figure
    return env


def figure(value: object) -> object:
    """An observed value or threshold as a person reads it: 27.81, not 27.812612870213316."""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    return "–" if value is None else value


def render(name: str, context: dict[str, Any]) -> tuple[str, str]:
    """(text, html) of the email `name` (failure, success)."""
    env = templates()
    return env.get_template(f"{name}.txt").render(context), env.get_template(f"{name}.html").render(context)
