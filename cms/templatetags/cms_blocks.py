"""Laying out a story's body: runs of consecutive product (or artisan) blocks are drawn as one grid, so embedded
cards are sized as in the shop's grid instead of each stretching across the whole text column (the Nizwa story
showed ring photos 1,150 px wide)."""

from dataclasses import dataclass, field

from django import template

register = template.Library()

GRIDDED_BLOCKS = ("product", "artisan")


@dataclass
class BlockRun:
    """Consecutive blocks drawn together: several product or artisan blocks (`kind` names which), or one other."""

    kind: str | None
    blocks: list = field(default_factory=list)


@register.filter
def block_runs(stream) -> list[BlockRun]:
    runs: list[BlockRun] = []
    for block in stream:
        kind = block.block_type if block.block_type in GRIDDED_BLOCKS else None
        if kind and runs and runs[-1].kind == kind:
            runs[-1].blocks.append(block)
        else:
            runs.append(BlockRun(kind, [block]))
    return runs
