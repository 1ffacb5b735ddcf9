import { defineAction } from './action';
import { useGoToState } from '../goto/go-to-state';

/** Go to a coordinate: longitude/latitude or Gauss-Krüger X/Y. */
export default defineAction('map.goTo', {
  perform: () => useGoToState.setState({ open: true }),
});
