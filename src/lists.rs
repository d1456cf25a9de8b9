//! Many short lists in one allocation.

/// Lists stored one after another, such as the words of each sentence: a long text has one
/// list per sentence, and one allocation each would be most of the time an allocator takes
/// on it (in wasm above all).
#[derive(Debug)]
pub(crate) struct Lists<T> {
    items: Vec<T>,
    /// Where each list ends in `items`; the items after the last end are the open list's.
    ends: Vec<usize>,
}

impl<T> Lists<T> {
    pub fn new() -> Lists<T> {
        Lists {
            items: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// Lists with room for `items` items in `lists` lists before they grow.
    pub fn with_capacity(items: usize, lists: usize) -> Lists<T> {
        Lists {
            items: Vec::with_capacity(items),
            ends: Vec::with_capacity(lists),
        }
    }

    /// Adds `item` to the open list.
    pub fn push(&mut self, item: T) {
        self.items.push(item);
    }

    /// Ends the open list, which becomes the last one, and opens another.
    pub fn end(&mut self) {
        self.ends.push(self.items.len());
    }

    /// How many lists have been ended.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// List `i`.
    pub fn get(&self, i: usize) -> &[T] {
        let start = i.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.items[start..self.ends[i]]
    }

    /// The items of every list ended, in order, as one slice.
    pub fn items(&self) -> &[T] {
        &self.items[..self.ends.last().map_or(0, |&end| end)]
    }

    /// Each list, in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &[T]> + ExactSizeIterator {
        (0..self.len()).map(|i| self.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_keep_their_items_apart_and_in_order() {
        let mut lists = Lists::new();
        lists.push(1);
        lists.push(2);
        lists.end();
        lists.end();
        lists.push(3);
        lists.end();
        lists.push(4);
        assert_eq!(lists.len(), 3);
        let all: Vec<&[i32]> = lists.iter().collect();
        assert_eq!(all, [&[1, 2][..], &[], &[3]]);
        assert_eq!(lists.get(2), [3]);
        assert_eq!(lists.items(), [1, 2, 3]);
    }
}
