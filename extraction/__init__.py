"""The extraction pipeline: plain Python, no Django. Text in, records (dataclasses) out.

cleaning -> sentences -> dates -> persons -> places -> agreements -> events; pipeline.extract_article runs them.
"""

from .pipeline import extract_article

__all__ = ["extract_article"]
