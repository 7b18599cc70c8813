"""The extraction pipeline: plain Python, no Django. Text in, records (dataclasses) out.

cleaning -> publication (the publication date) -> dates (the article's year, the date grammar) -> sentences
-> persons -> places -> agreements -> events; pipeline.extract_article runs them.
"""

from .pipeline import extract_article

__all__ = ["extract_article"]
