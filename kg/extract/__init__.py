"""The spaCy side of kg: pipeline loading, entities, coreference, relations, modality."""

from kg.extract.extractor import extract_document, extract_documents
from kg.extract.pipeline import load_nlp

__all__ = ["extract_document", "extract_documents", "load_nlp"]
